/** The query key of an incident's reviews (with their lessons). */
export const reviewsKey = (incidentId: string) => ['incidents', 'reviews', incidentId];
