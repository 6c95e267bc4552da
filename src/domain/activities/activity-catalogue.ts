import type { ClientCategory } from '../clients/client-category';
import type { SourceTag } from '../parameters/parameter-version';
import { SCHEME_START_DATE } from '../parameters/scheme-start';
import type { CivilDate } from '../time/civil-date';
import type { MainActivity } from './main-activities';

/** One sub-activity of the Flemish activity list, for the client categories it is listed under. */
export type ActivityDefinition = {
  /** Stable code `<main activity>.<sub-activity>`; stored with assignments, never reused. */
  readonly code: string;
  readonly mainActivity: MainActivity;
  readonly labelNl: string;
  readonly clientCategories: readonly ClientCategory[];
  /** R16: only for clients and participants who already did it under the PWA. */
  readonly transitionalPwaOnly: boolean;
  readonly validFrom: CivilDate;
  readonly validTo: CivilDate | null;
  readonly sources: readonly SourceTag[];
  /** Where the mapping is our reading rather than the list's text (DERIVED). */
  readonly note: string | null;
};

const listed = (
  code: string,
  mainActivity: MainActivity,
  labelNl: string,
  clientCategories: readonly ClientCategory[],
  sources: readonly SourceTag[],
  options: { readonly transitionalPwaOnly?: boolean; readonly note?: string } = {},
): ActivityDefinition => ({
  code,
  mainActivity,
  labelNl,
  clientCategories,
  transitionalPwaOnly: options.transitionalPwaOnly ?? false,
  validFrom: SCHEME_START_DATE,
  validTo: null,
  sources,
  note: options.note ?? null,
});

/**
 * The Flemish activity list as far as DOMAIN.md §4 and the seed flyer give it (R15, R16). The VDAB page [S11] was
 * truncated after the private-person section, so the lists for local authorities, schools, non-profits and
 * agriculture are examples, not the full list; entries marked DERIVED are our mapping. It is data: pass an edited
 * copy (or add VDAB-approved "afwijkende activiteiten") to the functions that take a catalogue.
 */
export const FLEMISH_ACTIVITY_CATALOGUE: readonly ActivityDefinition[] = [
  listed('small_repairs.painting_wallpapering', 'small_repairs', 'Schilderen, plamuren en behangen van kleine oppervlakken', ['private_person'], ['S11']),
  listed('small_repairs.replacing_lamps', 'small_repairs', 'Lampen vervangen', ['private_person'], ['S11']),
  listed('small_repairs.fixing_fittings', 'small_repairs', 'Beslag herstellen of bevestigen', ['private_person'], ['S11']),
  listed('small_repairs.assembling_furniture', 'small_repairs', 'Meubelen in elkaar zetten (bouwpakket)', ['private_person'], ['S11']),
  listed('small_repairs.small_tiling', 'small_repairs', 'Kleine vloer- of wandtegelwerken na andere werken', ['private_person'], ['S11']),
  listed('small_repairs.filling_sandbags', 'small_repairs', 'Zandzakjes vullen', ['private_person'], ['S11']),
  listed('small_repairs.grave_maintenance', 'small_repairs', 'Occasioneel onderhoud van een graf', ['private_person'], ['S11']),
  listed('small_repairs.post_disaster_works', 'small_repairs', 'Noodzakelijke werken na een ramp', ['local_authority'], ['S13'], { note: 'main activity DERIVED' }),
  listed('small_garden_maintenance.snow_clearing', 'small_garden_maintenance', 'Sneeuw ruimen', ['private_person'], ['S11']),
  listed('small_garden_maintenance.leaf_clearing', 'small_garden_maintenance', 'Bladeren ruimen', ['private_person'], ['S11']),
  listed('small_garden_maintenance.hedge_trimming', 'small_garden_maintenance', 'Hagen snoeien', ['private_person'], ['S11']),
  listed('small_garden_maintenance.flower_beds', 'small_garden_maintenance', 'Bloemperken onderhouden', ['private_person'], ['S11']),
  listed('small_garden_maintenance.mowing', 'small_garden_maintenance', 'Gras maaien', ['private_person'], ['S11', 'seed:flyer']),
  listed('small_garden_maintenance.digging_sowing_planting', 'small_garden_maintenance', 'Spitten, zaaien en planten', ['private_person'], ['S11']),
  listed('small_garden_maintenance.seasonal_environmental_works', 'small_garden_maintenance', 'Seizoensgebonden milieuwerken', ['local_authority'], ['S13'], {
    note: 'main activity DERIVED',
  }),
  listed('accompanying_persons.childcare_at_home', 'accompanying_persons', 'Kinderopvang bij de gebruiker thuis', ['private_person'], ['S11']),
  listed('accompanying_persons.homework_support', 'accompanying_persons', 'Huiswerkbegeleiding', ['private_person', 'school'], ['S11', 'seed:flyer'], {
    note: 'school category from the seed flyer',
  }),
  listed(
    'accompanying_persons.company',
    'accompanying_persons',
    'Gezelschap voor de gebruiker of een familielid (waar geen regelgeving van toepassing is)',
    ['private_person'],
    ['S11'],
  ),
  listed('accompanying_persons.accompanying_to_activities', 'accompanying_persons', 'Begeleiding naar activiteiten', ['private_person'], ['S11']),
  listed('accompanying_persons.winter_shelter_homeless', 'accompanying_persons', 'Winteropvang van daklozen', ['local_authority'], ['S13'], {
    note: 'main activity DERIVED',
  }),
  listed('accompanying_persons.lunchtime_supervision', 'accompanying_persons', 'Middagtoezicht', ['school'], ['S15', 'S37', 'S50'], { note: 'main activity DERIVED' }),
  listed('accompanying_persons.playground_supervision', 'accompanying_persons', 'Toezicht op de speelplaats', ['school'], ['seed:flyer'], {
    note: 'main activity DERIVED',
  }),
  listed('accompanying_persons.bus_escort', 'accompanying_persons', 'Busbegeleiding', ['school'], ['S15', 'S37', 'S50'], { note: 'main activity DERIVED' }),
  listed('accompanying_persons.before_after_school_care', 'accompanying_persons', 'Voor- en naschoolse opvang', ['school'], ['S15', 'S37', 'S50'], {
    note: 'main activity DERIVED',
  }),
  listed(
    'accompanying_persons.supporting_vulnerable_persons',
    'accompanying_persons',
    'Kinderen, ouderen of personen met een beperking helpen en begeleiden',
    ['local_authority', 'non_profit'],
    ['seed:flyer'],
    { note: 'client categories DERIVED' },
  ),
  listed('household_support.cooking_washing_up', 'household_support', 'Koken en afwassen', ['private_person'], ['S11']),
  listed('household_support.small_mending', 'household_support', 'Kleine naaiwerken', ['private_person'], ['S11']),
  listed('household_support.preparing_house_clearance', 'household_support', 'Voorbereiden van het leegmaken van een woning', ['private_person'], ['S11']),
  listed('household_support.washing_textiles', 'household_support', 'Textiel wassen (overgangsactiviteit PWA)', ['private_person'], ['S11', 'S30'], {
    transitionalPwaOnly: true,
  }),
  listed('household_support.big_cleaning', 'household_support', 'Grote schoonmaak (overgangsactiviteit PWA)', ['private_person'], ['S11', 'S30'], {
    transitionalPwaOnly: true,
  }),
  listed(
    'household_support.vulnerable_groups',
    'household_support',
    'Huishoudelijke taken voor kwetsbare doelgroepen in zorg van het lokaal bestuur',
    ['local_authority'],
    ['S13'],
  ),
  listed('prevention.school_crossing_attendant', 'prevention', 'Gemachtigd opzichter', ['local_authority'], ['S13']),
  listed('prevention.community_wardens', 'prevention', 'Gemeenschapswacht of stadswacht', ['local_authority'], ['S13']),
  listed('prevention.stewards', 'prevention', 'Steward', ['local_authority'], ['S13']),
  listed('prevention.event_parking_ticket_control', 'prevention', 'Evenementen: parkeerbegeleiding en ticketcontrole', ['local_authority'], ['S13']),
  listed('logistics.occasional_activities', 'logistics', 'Logistieke ondersteuning bij occasionele activiteiten', ['local_authority'], ['S13']),
  listed('logistics.day_centres', 'logistics', 'Logistieke ondersteuning in dagcentra van woonzorgcentra', ['local_authority', 'non_profit'], ['S13'], {
    note: 'non_profit: care homes run by a vzw [S13]',
  }),
  listed('logistics.event_organisation', 'logistics', 'Helpen bij het organiseren van evenementen', ['local_authority', 'non_profit', 'school'], ['seed:flyer'], {
    note: 'client categories DERIVED',
  }),
  listed('logistics.meal_distribution', 'logistics', 'Maaltijdbedeling in een school of woonzorgcentrum', ['local_authority', 'non_profit', 'school'], ['seed:flyer'], {
    note: 'client categories DERIVED',
  }),
  listed(
    'administrative_support.document_management',
    'administrative_support',
    'Ondersteuning bij documentbeheer',
    ['local_authority', 'non_profit', 'school'],
    ['seed:flyer'],
    { note: 'client categories DERIVED' },
  ),
  listed('administrative_support.answering_phones', 'administrative_support', 'Telefoons beantwoorden', ['local_authority', 'non_profit', 'school'], ['seed:flyer'], {
    note: 'client categories DERIVED',
  }),
  listed('administrative_support.office_tasks', 'administrative_support', 'Diverse kantoortaken', ['local_authority', 'non_profit', 'school'], ['seed:flyer'], {
    note: 'client categories DERIVED',
  }),
  listed('agriculture_horticulture.seasonal_work', 'agriculture_horticulture', 'Seizoenswerk, zoals verpakken', ['agriculture_horticulture'], ['S56']),
];
