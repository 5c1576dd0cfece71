/** The blank template a journalist fills in (public/templates/), relative to the app's page. */
export const TEMPLATE_URL = './templates/incident-atlas-template.csv';
