// Writes a parsed document as a question file: validated frontmatter and an escaped Markdown body.
import { stringify as stringifyYaml } from 'yaml';
import { createQuestionSchema, type QuestionFrontmatter } from '../../src/schemas/question.ts';
import { formatIssues } from '../../src/lib/bank/errors.ts';
import { ImportError, type Entry, type ParsedDocument } from './import-parser.ts';
import { NARRATIVE_SECTIONS, sectionById, sectionHeading, subsectionById, type SectionId, type SubsectionId } from '../../src/lib/shared/sections.ts';
import { toSlug } from '../../src/lib/bank/slug.ts';
import { closestCompetency, findCompetency, type Competency } from '../../src/lib/bank/taxonomy.ts';

/**
 * Escapes text so that Markdown and MDX show it as written: no emphasis, no HTML, no JSX,
 * no expressions, no entities, no lists or headings from a leading character, and no GFM
 * autolinks — those read their URL raw, escapes included, so their triggers (`://`, `www.`,
 * `@`) are escaped instead.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&|~#@]/gu, '\\$&')
    .replace(/:(?=\/\/)/gu, '\\:')
    .replace(/\b(www)\./giu, '$1\\.')
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

function entryMarkdown(entry: Entry): string {
  const text = escapeMarkdownText(entry.text);
  return entry.label === undefined ? text : `**${escapeMarkdownText(entry.label)}:** ${text}`;
}

const list = (entries: readonly Entry[]) => entries.map((entry) => `- ${entryMarkdown(entry)}`).join('\n');
const paragraphs = (entries: readonly Entry[]) => entries.map(entryMarkdown).join('\n\n');
const asEntries = (texts: readonly string[]) => texts.map((text) => ({ text }));

/** The Markdown body: one `##` section per part of the question, in page order. */
export function renderQuestionBody(doc: ParsedDocument): string {
  const parts: string[] = [];
  const section = (id: SectionId, content: string) => {
    parts.push(`## ${escapeMarkdownText(sectionHeading(sectionById(id)!))}`, content);
  };
  const subsection = (id: SubsectionId) => `### ${escapeMarkdownText(subsectionById(id)!.title)}`;
  if (doc.clarifyingQuestions.length > 0) section('clarifying-questions', list(asEntries(doc.clarifyingQuestions)));
  if (doc.assumptions) {
    const entries = asEntries(doc.assumptions.items);
    section('assumptions', doc.assumptions.inline ? paragraphs(entries) : list(entries));
  }
  if (doc.signals || doc.cheatCode.length > 0) {
    const coach: string[] = [];
    if (doc.signals) coach.push(subsection('signals'), doc.signals.inline ? paragraphs(doc.signals.items) : list(doc.signals.items));
    if (doc.cheatCode.length > 0) coach.push(subsection('cheat-code'), paragraphs(asEntries(doc.cheatCode)));
    section('coach-strategy', coach.join('\n\n'));
  }
  for (const definition of NARRATIVE_SECTIONS) {
    section(definition.id, list(doc.narrative[definition.id] ?? []));
  }
  return `${parts.join('\n\n')}\n`;
}

export interface QuestionFile {
  slug: string;
  frontmatter: QuestionFrontmatter;
  /** The whole file: frontmatter and body. */
  contents: string;
}

/** One schema per taxonomy: building it costs more than a parse, and an import checks thousands. */
const schemas = new WeakMap<readonly Competency[], ReturnType<typeof createQuestionSchema>>();

function schemaFor(taxonomy: readonly Competency[]): ReturnType<typeof createQuestionSchema> {
  let schema = schemas.get(taxonomy);
  if (!schema) {
    schema = createQuestionSchema(taxonomy);
    schemas.set(taxonomy, schema);
  }
  return schema;
}

/** Maps a parsed document to a question file; throws an ImportError for an unknown competency. */
export function buildQuestionFile(
  doc: ParsedDocument,
  options: { taxonomy: readonly Competency[]; source?: string },
): QuestionFile {
  const competencies = doc.competencies.map(({ text, line }) => {
    const competency = findCompetency(options.taxonomy, text);
    if (!competency) {
      const hint = closestCompetency(options.taxonomy, text);
      throw new ImportError(
        line,
        `unknown competency "${text}"; did you mean "${hint.name}"? To add a new one, list it in content/competencies.yaml (id, name, description)`,
      );
    }
    return competency.id;
  });
  const duplicate = competencies.find((id, index) => competencies.indexOf(id) !== index);
  if (duplicate) {
    const line = doc.competencies[competencies.lastIndexOf(duplicate)]!.line;
    throw new ImportError(line, `competency "${doc.competencies[competencies.lastIndexOf(duplicate)]!.text}" is listed twice`);
  }
  const slug = toSlug(doc.title);
  const frontmatter: QuestionFrontmatter = {
    title: doc.title,
    slug,
    category: doc.category,
    level: doc.level,
    competencies,
    question: doc.prompt.join('\n\n'),
    aliases: [],
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  const checked = schemaFor(options.taxonomy).safeParse(frontmatter);
  if (!checked.success) {
    throw new ImportError(1, `the question would not pass the bank's schema:\n${formatIssues(checked.error.issues)}`);
  }
  const yaml = stringifyYaml(frontmatter, { lineWidth: 0 });
  return { slug, frontmatter, contents: `---\n${yaml}---\n\n${renderQuestionBody(doc)}` };
}
