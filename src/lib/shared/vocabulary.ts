// The fixed vocabularies of the bank: question categories and seniority levels.

/** Categories a question can belong to, in display order. */
export const CATEGORIES = [{ id: 'behavioral', name: 'Behavioral' }] as const;

/** Seniority levels, from the most junior up; the order is the display order. */
export const LEVELS = [
  { id: 'junior', name: 'Junior' },
  { id: 'mid', name: 'Mid' },
  { id: 'senior', name: 'Senior' },
  { id: 'staff', name: 'Staff' },
  { id: 'principal', name: 'Principal' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export type LevelId = (typeof LEVELS)[number]['id'];

export const CATEGORY_IDS = CATEGORIES.map((category) => category.id) as [CategoryId, ...CategoryId[]];
export const LEVEL_IDS = LEVELS.map((level) => level.id) as [LevelId, ...LevelId[]];

export function categoryName(id: CategoryId): string {
  return CATEGORIES.find((category) => category.id === id)?.name ?? id;
}

export function levelName(id: LevelId): string {
  return LEVELS.find((level) => level.id === id)?.name ?? id;
}
