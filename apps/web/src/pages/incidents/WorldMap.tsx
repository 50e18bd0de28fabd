/**
 * An offline world map: Natural Earth 1:110m countries from world-atlas (shipped in the bundle),
 * drawn as SVG in an equirectangular projection, with incidents as dots. No tile server.
 */
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry, Position } from 'geojson';
import world from 'world-atlas/countries-110m.json';

/** The RFC 7946 export of `GET /api/incidents/export.geojson` (a document the OpenAPI schema does not describe). */
export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    category: string;
    occurred_at: string;
    title: string;
    personnel_affected: number;
    fatalities: number;
    injuries: number;
  };
}

export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}

const W = 360;
const H = 180;
const project = ([lon, lat]: Position): [number, number] => [(lon ?? 0) + 180, 90 - (lat ?? 0)];

/** SVG path data of polygon rings; a ring is split where it jumps across the antimeridian. */
function ringsPath(rings: Position[][]): string {
  let out = '';
  for (const ring of rings) {
    let prevLon: number | null = null;
    ring.forEach((p, idx) => {
      const [x, y] = project(p);
      const lon = p[0] ?? 0;
      const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
      out += `${idx === 0 || jump ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`;
      prevLon = lon;
    });
    out += 'Z';
  }
  return out;
}

function geometryPath(g: Geometry | null): string {
  if (!g) return '';
  if (g.type === 'Polygon') return ringsPath(g.coordinates);
  if (g.type === 'MultiPolygon') return g.coordinates.map(ringsPath).join('');
  return '';
}

interface Shape {
  id: string;
  name: string;
  d: string;
}

let shapes: Shape[] | null = null;
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  shapes = fc.features.map((f, i) => ({
    id: String(f.id ?? i),
    name: f.properties?.name ?? '',
    d: geometryPath(f.geometry),
  }));
  return shapes;
}

interface Props {
  features: IncidentFeature[];
  /** ISO 3166 numeric code of the country to highlight and zoom to, e.g. "180". */
  highlightNumeric?: string | undefined;
  label: string;
  describe: (f: IncidentFeature) => string;
}

export function WorldMap({ features, highlightNumeric, label, describe }: Props) {
  const countries = useMemo(worldShapes, []);
  const points = features.map((f) => ({ f, xy: project(f.geometry.coordinates) }));

  // Zoom to the incidents (with a margin) when there are some in one region; else the world.
  let view = { x: 0, y: 0, w: W, h: H };
  if (points.length > 0 && highlightNumeric) {
    const xs = points.map((p) => p.xy[0]);
    const ys = points.map((p) => p.xy[1]);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const minY = Math.min(...ys);
    const maxY = Math.max(...ys);
    const w = Math.min(W, Math.max(20, (maxX - minX) * 1.4));
    const h = Math.min(H, Math.max(w / 2, (maxY - minY) * 1.4));
    const width = Math.max(w, h * 2);
    const height = width / 2;
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    view = {
      x: Math.min(Math.max(0, cx - width / 2), W - width),
      y: Math.min(Math.max(0, cy - height / 2), H - height),
      w: width,
      h: height,
    };
  }
  const r = Math.max(0.25, view.w / 200);
  const pad = (n: string) => n.padStart(3, '0');

  return (
    <svg
      className="incident-map"
      viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{label}</title>
      <rect x={0} y={0} width={W} height={H} className="incident-map-sea" />
      <g>
        {countries.map((c) => (
          <path
            key={c.id}
            d={c.d}
            className={
              highlightNumeric && c.id === pad(highlightNumeric)
                ? 'incident-map-land incident-map-current'
                : 'incident-map-land'
            }
            vectorEffect="non-scaling-stroke"
          >
            <title>{c.name}</title>
          </path>
        ))}
      </g>
      <g>
        {points.map(({ f, xy }) => (
          <circle
            key={f.id}
            cx={xy[0]}
            cy={xy[1]}
            r={f.properties.fatalities > 0 ? r * 1.5 : r}
            className={
              f.properties.fatalities > 0 ? 'incident-dot incident-dot-fatal' : 'incident-dot'
            }
            vectorEffect="non-scaling-stroke"
          >
            <title>{describe(f)}</title>
          </circle>
        ))}
      </g>
    </svg>
  );
}
