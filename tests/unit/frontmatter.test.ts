// What the importer writes as frontmatter reads back, through the build's own parser, as written.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/bank/frontmatter.ts';

const AMBIGUOUS = ['2024-01-01', '2024-01-01T10:00:00Z', '0b101', '0o17', '0x1F', '1_000', '1e3', '12', '-1.5', '~', 'null', 'Null', 'true', 'False', 'yes', 'no', 'on', 'off', '.nan', '.inf', '-.inf', '*alias', '&anchor', '!tag', '%directive', '@at', '`tick', '- dash', '? key', 'a: b', 'a #b', '# comment', '[list]', '{map}', '"quoted"', "'single'", ' leading space', 'trailing space ', '|', '>', '', 'two\nlines', '\ttab'];

describe('frontmatter the importer writes', () => {
  it.each(AMBIGUOUS)('%j reads back as the same string, as a field and in a list', (value) => {
    const yaml = writeFrontmatter({ title: value, aliases: [value, 'plain'] });
    const { frontmatter } = parseFrontmatter(`---\n${yaml}---\n\nbody\n`);
    expect(frontmatter).toEqual({ title: value, aliases: [value, 'plain'] });
  });

  it('stays plain where plain reads back', () => {
    expect(writeFrontmatter({ title: 'Leading Through Influence', level: 'senior', competencies: ['ownership'] })).toBe(
      'title: Leading Through Influence\nlevel: senior\ncompetencies:\n  - ownership\n',
    );
  });
});

describe('frontmatter the build reads', () => {
  it('names the file and line of a YAML error', () => {
    expect(() => readFrontmatter('---\ntitle: ok\nlevel: [senior\nslug: x\n---\n', 'questions/a.md')).toThrow(
      'questions/a.md:4: the frontmatter is not valid YAML: missed comma between flow collection entries',
    );
  });

  it('keeps the body on the lines it has in the file', () => {
    expect(readFrontmatter('---\ntitle: ok\n---\n## Situation\n', 'a.md').content.split('\n').indexOf('## Situation')).toBe(3);
  });
});
