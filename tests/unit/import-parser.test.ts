import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseQuestionDocument, splitLabel } from '../../scripts/lib/import-parser.ts';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const GLUED = seed('000_bf399ce638f9ebf9.txt');
const SPACED = seed('001_bfc0ff6645a3386b.txt');

/** The line number and reason a document is refused with. */
function refusal(text: string): { line: number; reason: string } {
  try {
    parseQuestionDocument(text);
  } catch (error) {
    if (error instanceof ImportError) return { line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error('the document was accepted');
}

/** A parsed document without its line numbers, to compare variants that move lines about. */
const content = (text: string) => {
  const doc = parseQuestionDocument(text);
  return { ...doc, competencies: doc.competencies.map((competency) => competency.text) };
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('parseQuestionDocument', () => {
  describe('the seed with the category glued to the title', () => {
    const doc = parseQuestionDocument(GLUED);

    it('splits a category glued to the title', () => {
      expect(doc.category).toBe('behavioral');
      expect(doc.title).toBe('Strategic Influence and Technical Conflict Resolution');
    });

    it('reads the prompt, the level and every competency', () => {
      expect(doc.prompt).toEqual([expect.stringMatching(/^Senior leaders often face situations.*and the relationship\?$/u)]);
      expect(doc.level).toBe('senior');
      expect(doc.competencies.map((c) => c.text)).toEqual([
        'Conflict Resolution',
        'Influencing Others',
        'Stakeholder Management',
        'Data-Driven Decision Making',
        'Emotional Intelligence',
        'Strategic Thinking',
        'Technical Leadership',
      ]);
    });

    it('keeps the quotes of clarifying questions and lists the assumptions', () => {
      expect(doc.clarifyingQuestions).toHaveLength(3);
      expect(doc.clarifyingQuestions[0]).toMatch(/^"To provide the best context.*resource allocation\?"$/u);
      expect(doc.assumptions).toEqual({
        inline: false,
        items: [
          'The disagreement was with a peer Tech Lead from a partnering team.',
          expect.stringContaining('Choosing between a fast-to-market "monolith extension"'),
          'The stakes were high: A missed deadline would cost the company a major enterprise contract.',
        ],
      });
    });

    it('reads inline signals as one sentence and the cheat code', () => {
      expect(doc.signals).toEqual({
        inline: true,
        items: [{ text: expect.stringMatching(/^Emotional Intelligence \(EQ\), high-judgment, .*technical outcome\.$/u) }],
      });
      expect(doc.cheatCode).toEqual([expect.stringMatching(/^The "Steel Thread" of influence\..*personal biases\.$/u)]);
    });

    it('reads the five narrative sections with labelled Action and Result bullets', () => {
      expect(Object.keys(doc.narrative)).toEqual(['situation', 'task', 'action', 'result', 'learning']);
      expect(doc.narrative['situation']).toHaveLength(3);
      expect(doc.narrative['action']!.map((entry) => entry.label)).toEqual([
        'Active Listening & Validation',
        'Data-Driven Prototyping',
        'Strategic Compromise (The "Bridge")',
        'Aligning on Business Goals',
      ]);
      expect(doc.narrative['result']![2]).toEqual({
        label: 'Metric',
        text: 'The new architecture handled a 4x traffic spike during the first week with 99.99% availability.',
      });
      expect(doc.narrative['result']![0]!.label).toBeUndefined();
    });

    it('leaves "Label: text" lines outside Action and Result whole', () => {
      expect(doc.narrative['task']![2]).toEqual({ text: expect.stringMatching(/^The stakes: If we built it/u) });
    });
  });

  describe('the seed with the category on its own line', () => {
    const doc = parseQuestionDocument(SPACED);

    it('reads a category on its own line and the title after it', () => {
      expect(doc.category).toBe('behavioral');
      expect(doc.title).toBe('Leading Through Influence and Deadlock Resolution');
      expect(doc.competencies).toHaveLength(7);
    });

    it('reads one-line assumptions as prose', () => {
      expect(doc.assumptions?.inline).toBe(true);
      expect(doc.assumptions?.items).toEqual([expect.stringMatching(/^I will provide an answer.*"strategic ownership\."$/u)]);
    });

    it('reads listed signals as labelled entries', () => {
      expect(doc.signals?.inline).toBe(false);
      expect(doc.signals?.items.map((item) => item.label)).toEqual([
        'Ownership',
        'Influence without Authority',
        'Strategic Thinking',
        'Conflict Resolution',
        'Mentorship',
        'Results-Oriented',
      ]);
      expect(doc.signals?.items[0]?.text).toBe('Taking responsibility for a problem that falls between team boundaries.');
    });

    it('reads every narrative bullet', () => {
      expect(doc.narrative['action']).toHaveLength(5);
      expect(doc.narrative['result']!.map((entry) => entry.label)).toEqual([
        'Technical Success',
        'Business Impact',
        'Cultural Ripple Effect',
      ]);
      expect(doc.narrative['learning']).toHaveLength(3);
    });
  });

  describe('tolerated variations', () => {
    const reference = content(SPACED);

    it('reads CRLF line ends as LF', () => {
      expect(content(SPACED.replace(/\n/gu, '\r\n'))).toEqual(reference);
    });

    it('reads a document with no blank lines', () => {
      expect(content(SPACED.replace(/\n\s*\n/gu, '\n'))).toEqual(reference);
    });

    it('reads a document with blank lines everywhere and stray indentation', () => {
      const loose = SPACED.split('\n')
        .map((line) => `  ${line}\t`)
        .join('\n\n\n');
      expect(content(loose)).toEqual(reference);
    });

    it('ignores a byte-order mark', () => {
      expect(content(`\uFEFF${SPACED}`)).toEqual(reference);
    });

    it('reads headings written with a hyphen instead of an en dash', () => {
      const hyphenated = SPACED.replace(/^(Situation|Task|Action|Result|Learning \/ Reflection) – /gmu, '$1 - ');
      expect(hyphenated).not.toEqual(SPACED);
      expect(content(hyphenated)).toEqual(reference);
    });

    it('reads a hyphenated competency such as "Results-Oriented" as a competency, not as the Result heading', () => {
      const listed = SPACED.replace('Technical Leadership\nQuestions & Insights', 'Technical Leadership\nResults-Oriented\nQuestions & Insights');
      expect(listed).not.toEqual(SPACED);
      expect(content(listed).competencies.at(-1)).toBe('Results-Oriented');
    });

    it('reads the glued and the separate category the same way', () => {
      const separate = GLUED.replace('BehavioralStrategic', 'Behavioral\nStrategic');
      expect(content(separate)).toEqual(content(GLUED));
    });

    it('keeps curly quotes, dashes and accents exactly', () => {
      const curly = SPACED.replace(
        /^"Should I focus.*$/mu,
        '“Should I focus on the café’s résumé—or on the team’s ‘naïve’ plan…?”',
      );
      const doc = parseQuestionDocument(curly);
      expect(doc.clarifyingQuestions[1]).toBe('“Should I focus on the café’s résumé—or on the team’s ‘naïve’ plan…?”');
    });

    it('reads listed assumptions after "Assumptions:" alone on its line', () => {
      const listed = SPACED.replace(/^Assumptions: (.*)$/mu, 'Assumptions:\n$1\nA second assumption.');
      expect(parseQuestionDocument(listed).assumptions).toEqual({
        inline: false,
        items: [reference.assumptions!.items[0], 'A second assumption.'],
      });
    });

    it('reads every level, written with a space or a hyphen', () => {
      for (const [line, level] of [
        ['Junior Level', 'junior'],
        ['Mid-Level', 'mid'],
        ['Staff Level', 'staff'],
        ['principal level', 'principal'],
      ]) {
        expect(parseQuestionDocument(SPACED.replace('Senior Level', line!)).level).toBe(level);
      }
    });

    it('joins a prompt written over several lines as paragraphs', () => {
      const twoLines = SPACED.replace('How did you step in', '\nHow did you step in');
      expect(parseQuestionDocument(twoLines).prompt).toHaveLength(2);
    });

    it('keeps a story line that starts like a label inside the narrative', () => {
      const tricky = SPACED.replace(
        'I learned that leadership',
        'Signals: the team read my silence as consent.\nCheat Code: none.\nI learned that leadership',
      );
      const learning = parseQuestionDocument(tricky).narrative['learning']!;
      expect(learning.slice(0, 2)).toEqual([
        { text: 'Signals: the team read my silence as consent.' },
        { text: 'Cheat Code: none.' },
      ]);
    });

    it('accepts a document without the optional parts', () => {
      const bare = SPACED.replace(/Clarifying Questions[\s\S]*?Strategy Breakdown/u, 'Strategy Breakdown');
      const doc = parseQuestionDocument(bare);
      expect(doc.clarifyingQuestions).toEqual([]);
      expect(doc.assumptions).toBeUndefined();
      expect(doc.signals).toBeUndefined();
      expect(doc.narrative).toEqual(reference.narrative);
    });
  });

  describe('refusals', () => {
    it('refuses an empty document', () => {
      expect(refusal('')).toEqual({ line: 1, reason: 'the document is empty' });
      expect(refusal(' \n\r\n  ').reason).toBe('the document is empty');
    });

    it('refuses a document that is not in the format', () => {
      const { line, reason } = refusal('Dear hiring manager,\nPlease find my CV attached.');
      expect(line).toBe(1);
      expect(reason).toMatch(/expected "The Question".*not a question document/u);
    });

    it('refuses a document without a Result section, naming the line where it was expected', () => {
      const noResult = SPACED.replace(/Result – Outcome & Impact[\s\S]*?(?=Learning \/ Reflection)/u, '');
      const { line, reason } = refusal(noResult);
      expect(line).toBe(lineOf(noResult, 'Learning / Reflection – Growth'));
      expect(reason).toMatch(/missing the "Result – Outcome & Impact" section/u);
    });

    it('refuses a document that stops before the Learning section, naming its last line', () => {
      const noLearning = SPACED.slice(0, SPACED.indexOf('Learning / Reflection'));
      const { line, reason } = refusal(noLearning);
      expect(line).toBe(lineOf(noLearning, 'Cultural Ripple Effect'));
      expect(reason).toMatch(/missing the "Learning \/ Reflection – Growth" section/u);
    });

    it('refuses a narrative section written twice', () => {
      const twice = `${SPACED}\nAction – What You Did\nI did it again.`;
      const { line, reason } = refusal(twice);
      expect(line).toBe(twice.split('\n').length - 1);
      expect(reason).toMatch(/appears twice \(first at line \d+\)/u);
    });

    it('refuses narrative sections out of order', () => {
      const action = /Action – What You Did\n[\s\S]*?(?=Result – )/u.exec(SPACED)![0];
      const result = /Result – Outcome & Impact\n[\s\S]*?(?=Learning \/ )/u.exec(SPACED)![0];
      const swapped = SPACED.replace(`${action}${result}`, `${result}${action}`);
      const { line, reason } = refusal(swapped);
      expect(line).toBe(lineOf(swapped, 'Result – Outcome & Impact'));
      expect(reason).toMatch(/"Result – Outcome & Impact" is out of order: it comes before "Action – What You Did" \(line \d+\)/u);
    });

    it('refuses an empty narrative section', () => {
      const empty = SPACED.replace(/(Task – Your Responsibility\n)[\s\S]*?(?=Action – What You Did)/u, '$1');
      const { line, reason } = refusal(empty);
      expect(line).toBe(lineOf(empty, 'Task – Your Responsibility'));
      expect(reason).toMatch(/has no text/u);
    });

    it('refuses an unknown level, naming the ones it knows', () => {
      const director = SPACED.replace('Senior Level', 'Director Level');
      const { line, reason } = refusal(director);
      expect(line).toBe(lineOf(director, 'Director Level'));
      expect(reason).toMatch(/unknown level "Director".*"Senior Level"/u);
    });

    it('refuses a document without a level line', () => {
      const noLevel = SPACED.replace('Senior Level\n', '');
      const { line, reason } = refusal(noLevel);
      expect(line).toBe(lineOf(noLevel, 'Questions & Insights'));
      expect(reason).toMatch(/missing the level line/u);
    });

    it('refuses a document that lists no competency', () => {
      const none = SPACED.replace(/Senior Level\n[\s\S]*?Questions & Insights/u, 'Senior Level\nQuestions & Insights');
      expect(refusal(none)).toEqual({
        line: lineOf(none, 'Questions & Insights'),
        reason: 'missing the competencies: one per line after the level line',
      });
    });

    it('refuses a document without a category', () => {
      const noCategory = SPACED.replace('Behavioral\n', '');
      const { line, reason } = refusal(noCategory);
      expect(line).toBe(lineOf(noCategory, 'Leading Through Influence'));
      expect(reason).toMatch(/expected the category \(Behavioral\)/u);
    });

    it('refuses text it has no place for rather than dropping it', () => {
      const stray = SPACED.replace('Strategy Breakdown\n', 'Strategy Breakdown\nThe breakdown goes here.\n');
      const { line, reason } = refusal(stray);
      expect(line).toBe(lineOf(stray, 'The breakdown goes here.'));
      expect(reason).toMatch(/unexpected text "The breakdown goes here\." after "Strategy Breakdown"/u);
    });

    it('refuses signals outside the coach strategy', () => {
      const misplaced = SPACED.replace('Coach Strategy\n', '');
      const { reason } = refusal(misplaced);
      expect(reason).toMatch(/belongs under "Coach Strategy"/u);
    });
  });
});

describe('splitLabel', () => {
  it('splits a capitalised label from its text', () => {
    expect(splitLabel('Executive Alignment: I presented the roadmap.')).toEqual({
      label: 'Executive Alignment',
      text: 'I presented the roadmap.',
    });
  });

  it('keeps quotes and parentheses inside a label', () => {
    expect(splitLabel('The "Tiger Team" Initiative: I formed a group.').label).toBe('The "Tiger Team" Initiative');
  });

  it('leaves a sentence that merely contains a colon whole', () => {
    expect(splitLabel('We had two options: rebuild or extend.')).toEqual({ text: 'We had two options: rebuild or extend.' });
    expect(splitLabel('The stakes were high. So: we moved.')).toEqual({ text: 'The stakes were high. So: we moved.' });
    expect(splitLabel('See https://example.com for details')).toEqual({ text: 'See https://example.com for details' });
  });

  it('leaves a line without a colon whole', () => {
    expect(splitLabel('We launched one week early.')).toEqual({ text: 'We launched one week early.' });
  });
});
