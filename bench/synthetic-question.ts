// Synthetic question documents for the benchmark: composed from a seeded random source, written in
// the seeds' plain-text format with every variation the importer tolerates, and deterministic.
import type { Entry } from '../scripts/lib/import-parser.ts';
import { NARRATIVE_SECTIONS, sectionHeading, sectionTitle } from '../src/lib/shared/sections.ts';
import { toSlug } from '../src/lib/bank/slug.ts';
import type { Competency } from '../src/lib/bank/taxonomy.ts';
import * as words from './synthetic-vocabulary.ts';
import { CATEGORIES, LEVELS, type CategoryId, type LevelId } from '../src/lib/shared/vocabulary.ts';

/** A seeded source of random numbers (mulberry32: small, fast, and the same on every platform). */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks early items more often than late ones, as words in real text are (a rough Zipf curve). */
  pickSkewed<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() ** 2 * items.length)]!;
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, count);
  }

  /** 16 hex digits, for file names. */
  hex(): string {
    return [0, 1].map(() => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  }
}

/** What a synthetic document says: the same shape the importer reads back, without line numbers. */
export interface SyntheticQuestion {
  category: CategoryId;
  title: string;
  prompt: string[];
  level: LevelId;
  /** Competency names as written in the document. */
  competencies: string[];
  clarifyingQuestions: string[];
  assumptions: { inline: boolean; items: string[] } | undefined;
  signals: { inline: boolean; items: Entry[] };
  cheatCode: string[];
  narrative: Record<string, Entry[]>;
}

/** How a document is laid out: the variations real documents show. */
export interface DocumentStyle {
  lineEnding: '\n' | '\r\n';
  byteOrderMark: boolean;
  /** The category on its own line, or glued to the front of the title. */
  categoryGlued: boolean;
  /** No blank lines, one after each heading, or one between every line. */
  blankLines: 'none' | 'after-headings' | 'everywhere';
  /** The dash between a narrative heading and its gloss, per heading in order. */
  headingDashes: ('–' | '-')[];
}

/** The parts of one story that recur across its sections, so a document reads as one account. */
interface Story {
  team: string;
  partner: string;
  system: string;
  codename: string;
  metric: string;
  stake: string;
  person: string;
  myRole: string;
  tech: string;
  customer: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function codename(random: Random): string {
  return words.CODENAME_PARTS.map((part) => random.pick(part)).join('');
}

/** Fills `%slot%` places; a capitalised slot name capitalises what it is filled with. */
function fill(pattern: string, random: Random, story: Story): string {
  return pattern.replace(/%(\w+)%/gu, (_, slot: string) => {
    const key = slot.toLowerCase();
    const value = ((): string => {
      switch (key) {
        case 'team':
        case 'partner':
        case 'system':
        case 'codename':
        case 'metric':
        case 'stake':
        case 'person':
        case 'tech':
        case 'customer':
          return story[key];
        case 'myrole':
          return story.myRole;
        case 'role':
          return random.pickSkewed(words.ROLES);
        case 'duration':
          return random.pick(words.DURATIONS);
        case 'number':
          return String(random.int(12, 900));
        case 'number2':
          return String(random.int(2, 400));
        case 'small':
          return String(random.int(2, 15));
        case 'percent':
          return `${random.int(5, 80)}%`;
        case 'practice':
          return random.pickSkewed(words.PRACTICES);
        case 'verbed':
          return random.pick(words.PAST_VERBS);
        case 'goal':
          return fill(random.pick(words.GOALS), random, story);
        case 'sacrifice':
          return fill(random.pick(words.SACRIFICES), random, story);
        case 'lesson':
          return random.pick(words.LESSONS);
        case 'habit':
          return random.pick(words.HABITS);
        default:
          throw new Error(`unknown slot %${slot}% in a synthetic pattern`);
      }
    })();
    return slot.charAt(0) === slot.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}

/** One or two sentences from a list of patterns, now and then with a markup character or two. */
function sentence(patterns: readonly string[], random: Random, story: Story): string {
  let text = fill(random.pick(patterns), random, story);
  if (random.chance(0.06)) {
    text = `${text.replace(/[.?]$/u, '')}${fill(random.pick(words.MARKUP_FRAGMENTS), random, story)}.`;
  }
  if (random.chance(0.6)) text = `${text} ${fill(random.pick(words.SECOND_SENTENCES), random, story)}`;
  if (random.chance(0.4)) text = `${text} ${fill(random.pick(words.SECOND_SENTENCES), random, story)}`;
  return text;
}

function entries(count: number, patterns: readonly string[], random: Random, story: Story, labels?: readonly string[]): Entry[] {
  const chosen = labels ? random.sample(labels, count) : [];
  return Array.from({ length: count }, (_, index) => {
    const text = sentence(patterns, random, story);
    const label = chosen[index];
    return label !== undefined && random.chance(0.85) ? { label, text } : { text };
  });
}

/** Picks a title whose slug no earlier question has; `taken` remembers them. */
function uniqueTitle(random: Random, taken: Set<string>): string {
  for (;;) {
    const title = `${random.pick(words.TITLE_VERBS)} ${random.pick(words.TITLE_OBJECTS)} ${random.pick(words.TITLE_LINKS)} ${random.pick(words.TITLE_CONTEXTS)}`;
    const slug = toSlug(title);
    if (!taken.has(slug)) {
      taken.add(slug);
      return title;
    }
  }
}

/** Composes one question: 3–8 competencies from the taxonomy, sections of varied length. */
export function composeQuestion(random: Random, taxonomy: readonly Competency[], takenSlugs: Set<string>): SyntheticQuestion {
  const [team, partner] = random.sample(words.TEAMS, 2) as [string, string];
  const story: Story = {
    team,
    partner,
    system: random.pickSkewed(words.SYSTEMS),
    codename: codename(random),
    metric: random.pickSkewed(words.METRICS),
    stake: random.pick(words.STAKES),
    person: random.pick(words.PEOPLE),
    myRole: random.pick(words.MY_ROLES),
    tech: random.pickSkewed(words.TECH_TERMS),
    customer: `${codename(random)} ${random.pick(words.CUSTOMER_TRADES)}`,
  };
  const title = uniqueTitle(random, takenSlugs);
  const act = `${random.pick(words.PROMPT_OPENINGS)} ${random.pick(words.PROMPT_ACTS)}.`;
  const followUps = random.sample(words.PROMPT_FOLLOW_UPS, random.int(1, 3)).join(' ');
  const intro = random.chance(0.4) ? `${random.pick(words.PROMPT_INTROS)} ` : '';
  const prompt = random.chance(0.2) ? [`${intro}${act}`, followUps] : [`${intro}${act} ${followUps}`];

  const chosen = random.sample(taxonomy, random.int(3, 8));
  // Now and then lower-case, which the importer matches all the same.
  const competencies = chosen.map((competency) => (random.chance(0.05) ? competency.name.toLowerCase() : competency.name));

  const [open, close] = random.chance(0.5) ? ['"', '"'] : ['“', '”'];
  const clarifyingQuestions = random.chance(0.95)
    ? Array.from({ length: random.int(1, 4) }, () => {
        const options = random.sample(words.CLARIFYING_OPTIONS, 2);
        return `${open}${random.pick(words.CLARIFYING_PATTERNS).replace(/%option%/gu, () => options.shift()!)}${close}`;
      })
    : [];

  const assumptionForm = random.next();
  const assumptions =
    assumptionForm < 0.07
      ? undefined
      : assumptionForm < 0.35
        ? { inline: true, items: [fill(random.pick(words.INLINE_ASSUMPTION_PATTERNS), random, story)] }
        : { inline: false, items: random.sample(words.ASSUMPTION_PATTERNS, random.int(1, 4)).map((pattern) => fill(pattern, random, story)) };

  const traits = random.sample(words.SIGNAL_TRAITS, random.int(3, 7));
  const signals = random.chance(0.4)
    ? { inline: true, items: [{ text: `${capitalise(traits.join(', '))}.` }] }
    : {
        inline: false,
        items: random
          .sample(chosen, Math.min(chosen.length, random.int(3, 6)))
          .map((competency) => ({ label: competency.name, text: random.pick(words.SIGNAL_GLOSSES) })),
      };
  const cheatCode = random.sample(words.CHEAT_CODES, random.int(1, 4));

  const narrative: Record<string, Entry[]> = {
    situation: entries(random.int(2, 6), words.SITUATION_PATTERNS, random, story),
    task: entries(random.int(2, 4), words.TASK_PATTERNS, random, story),
    action: entries(random.int(3, 7), words.ACTION_PATTERNS, random, story, words.ACTION_LABELS),
    result: entries(random.int(2, 5), words.RESULT_PATTERNS, random, story, random.chance(0.6) ? words.RESULT_LABELS : undefined),
    learning: entries(random.int(2, 4), words.LEARNING_PATTERNS, random, story),
  };
  const level = random.pick(LEVELS).id;
  return {
    category: CATEGORIES[0].id,
    title,
    prompt,
    level,
    competencies,
    clarifyingQuestions,
    assumptions,
    signals,
    cheatCode,
    narrative,
  };
}

/** A layout for one document, drawn so that every tolerated variation turns up often. */
export function drawStyle(random: Random): DocumentStyle {
  const hyphens = random.chance(0.35) ? 0.8 : 0.1;
  const blank = random.next();
  return {
    lineEnding: random.chance(0.2) ? '\r\n' : '\n',
    byteOrderMark: random.chance(0.05),
    categoryGlued: random.chance(0.5),
    blankLines: blank < 0.35 ? 'none' : blank < 0.75 ? 'after-headings' : 'everywhere',
    headingDashes: NARRATIVE_SECTIONS.map(() => (random.chance(hyphens) ? '-' : '–')),
  };
}


const entryLine = (entry: Entry) => (entry.label === undefined ? entry.text : `${entry.label}: ${entry.text}`);

/** Writes a question in the plain-text import format, laid out as `style` says. */
export function renderDocument(question: SyntheticQuestion, style: DocumentStyle): string {
  /** Lines, with `true` after a line that a blank may follow in the "after-headings" layout. */
  const lines: [string, boolean][] = [];
  const add = (text: string, heading = false) => lines.push([text, heading]);
  const category = CATEGORIES.find((candidate) => candidate.id === question.category)!.name;

  add('The Question');
  if (style.categoryGlued) {
    add(`${category}${question.title}`, true);
  } else {
    add(category, true);
    add(question.title, true);
  }
  for (const paragraph of question.prompt) add(paragraph);
  add(`${LEVELS.find((level) => level.id === question.level)!.name} Level`);
  for (const competency of question.competencies) add(competency);
  add('Questions & Insights', true);
  if (question.clarifyingQuestions.length > 0) {
    add(sectionTitle('clarifying-questions')!, true);
    for (const text of question.clarifyingQuestions) add(text);
  }
  if (question.assumptions?.inline) {
    const [first, ...rest] = question.assumptions.items;
    add(`Assumptions: ${first}`, true);
    for (const text of rest) add(text);
  } else if (question.assumptions) {
    add('Assumptions for this response:');
    for (const text of question.assumptions.items) add(text);
  }
  add(sectionTitle('coach-strategy')!, true);
  if (question.signals.inline) {
    add(`${sectionTitle('signals')!}: ${question.signals.items.map((item) => item.text).join(' ')}`);
  } else {
    add(`${sectionTitle('signals')!}:`);
    for (const item of question.signals.items) add(entryLine(item));
  }
  const [cheat, ...moreCheat] = question.cheatCode;
  add(`${sectionTitle('cheat-code')!}: ${cheat}`);
  for (const text of moreCheat) add(text);
  add('Strategy Breakdown', true);
  add('The STAR Narrative', true);
  NARRATIVE_SECTIONS.forEach((section, index) => {
    // "Action – What You Did", with the dash this document uses.
    add(sectionHeading(section).replace(' – ', ` ${style.headingDashes[index]!} `));
    for (const entry of question.narrative[section.id] ?? []) add(entryLine(entry));
  });

  const out: string[] = [];
  lines.forEach(([text, heading], index) => {
    out.push(text);
    const last = index === lines.length - 1;
    if (!last && (style.blankLines === 'everywhere' || (style.blankLines === 'after-headings' && heading))) out.push('');
  });
  return `${style.byteOrderMark ? '\uFEFF' : ''}${out.join(style.lineEnding)}${style.lineEnding}`;
}

export interface SyntheticDocument {
  /** File name in the seeds' pattern: `00042_<16 hex digits>.txt`. */
  name: string;
  text: string;
  question: SyntheticQuestion;
}

/** `count` documents from `seed`: the same seed gives the same documents, byte for byte. */
export function syntheticDocuments(count: number, seed: number, taxonomy: readonly Competency[]): SyntheticDocument[] {
  const random = new Random(seed);
  const taken = new Set<string>();
  const width = Math.max(3, String(count - 1).length);
  return Array.from({ length: count }, (_, index) => {
    const question = composeQuestion(random, taxonomy, taken);
    const text = renderDocument(question, drawStyle(random));
    return { name: `${String(index).padStart(width, '0')}_${random.hex()}.txt`, text, question };
  });
}
