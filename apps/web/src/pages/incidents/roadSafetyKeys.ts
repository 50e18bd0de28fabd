/** Query keys of the road-safety page, shared by its vehicle and driver forms. */
export const vehiclesKey = (countryId: string | null) => ['road-safety', 'vehicles', countryId];
export const driversKey = (countryId: string | null) => ['road-safety', 'drivers', countryId];
