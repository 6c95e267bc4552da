/**
 * The 18 Westhoek municipalities with their NIS codes (Statbel REFNIS, valid on 1 January 2025) and postcodes.
 * Copied from shared/data/westhoek-municipalities.csv so the product does not read outside its own folder.
 */
export const westhoekMunicipalities = [
  { nisCode: '38002', nameNl: 'Alveringem', postcodes: ['8690', '8691'] },
  { nisCode: '38008', nameNl: 'De Panne', postcodes: ['8660'] },
  { nisCode: '38014', nameNl: 'Koksijde', postcodes: ['8670'] },
  { nisCode: '38016', nameNl: 'Nieuwpoort', postcodes: ['8620'] },
  { nisCode: '38025', nameNl: 'Veurne', postcodes: ['8630'] },
  { nisCode: '32003', nameNl: 'Diksmuide', postcodes: ['8600'] },
  { nisCode: '32006', nameNl: 'Houthulst', postcodes: ['8650'] },
  { nisCode: '32010', nameNl: 'Koekelare', postcodes: ['8680'] },
  { nisCode: '32011', nameNl: 'Kortemark', postcodes: ['8610'] },
  { nisCode: '32030', nameNl: 'Lo-Reninge', postcodes: ['8647'] },
  { nisCode: '33011', nameNl: 'Ieper', postcodes: ['8900', '8902', '8904', '8906', '8908'] },
  { nisCode: '33016', nameNl: 'Mesen', postcodes: ['8957'] },
  { nisCode: '33021', nameNl: 'Poperinge', postcodes: ['8970', '8972', '8978'] },
  { nisCode: '33029', nameNl: 'Wervik', postcodes: ['8940'] },
  { nisCode: '33037', nameNl: 'Zonnebeke', postcodes: ['8980'] },
  { nisCode: '33039', nameNl: 'Heuvelland', postcodes: ['8950', '8951', '8952', '8953', '8954', '8956', '8958'] },
  { nisCode: '33040', nameNl: 'Langemark-Poelkapelle', postcodes: ['8920'] },
  { nisCode: '33041', nameNl: 'Vleteren', postcodes: ['8640'] },
] as const;
