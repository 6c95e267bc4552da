/** The 8 main activities of the Flemish activity list (Vlaamse activiteitenlijst) [S11]. */
export const MAIN_ACTIVITIES = [
  'prevention',
  'administrative_support',
  'small_repairs',
  'small_garden_maintenance',
  'agriculture_horticulture',
  'logistics',
  'accompanying_persons',
  'household_support',
] as const;

export type MainActivity = (typeof MAIN_ACTIVITIES)[number];

/** Dutch names as used on the activity list and in the UI. */
export const MAIN_ACTIVITY_LABELS_NL: Readonly<Record<MainActivity, string>> = {
  prevention: 'Preventieactiviteiten',
  administrative_support: 'Administratieve hulp',
  small_repairs: 'Kleine herstellings- en onderhoudswerken',
  small_garden_maintenance: 'Klein tuinonderhoud',
  agriculture_horticulture: 'Land- en tuinbouwactiviteiten',
  logistics: 'Logistieke taken',
  accompanying_persons: 'Ondersteuning en hulp bij de begeleiding van personen',
  household_support: 'Ondersteuning van personen bij huishoudelijke taken',
};
