/** Up to this many occupations, the home page lists them all; beyond, it links to the directory. */
export const HOME_LIST_LIMIT = 120;
