import { TextField } from '../../components/ui.tsx';
import { useT } from '../../i18n/index.tsx';

/** Latitude and longitude inputs of a place (WGS 84 decimal degrees), optional unless `required`. */
export function CoordinateFields({
  lat,
  lon,
  onLat,
  onLon,
  errors,
  required = false,
}: {
  lat: string;
  lon: string;
  onLat: (v: string) => void;
  onLon: (v: string) => void;
  errors: Record<string, string> | undefined;
  required?: boolean;
}) {
  const t = useT();
  const shared = { errors, required, help: required ? undefined : t('common.optional') };
  return (
    <>
      <TextField
        label={t('common.latitude')}
        name="latitude"
        value={lat}
        onChange={onLat}
        {...shared}
      />
      <TextField
        label={t('common.longitude')}
        name="longitude"
        value={lon}
        onChange={onLon}
        {...shared}
      />
    </>
  );
}
