// The plans folder as ingest lists it: links followed only inside the folder, each other link
// refused with its own message, hidden files and README skipped by name, pipes never opened.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolder } from '../../src/ingest/read.ts';

describe('listFolder', () => {
  it('follows links inside the folder, refuses the others, skips hidden files', () => {
    const root = mkdtempSync(join(tmpdir(), 'plans-links-'));
    const dir = join(root, 'plans');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(root, 'elsewhere.txt'), 'x');
    writeFileSync(join(dir, 'plan.txt'), 'x');
    writeFileSync(join(dir, 'sub', 'kept.txt'), 'x');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, 'README.md'), 'x');
    symlinkSync('sub/kept.txt', join(dir, 'inside.txt'));
    symlinkSync('plan.txt', join(dir, 'same.txt'));
    symlinkSync(join(root, 'elsewhere.txt'), join(dir, 'outside.txt'));
    symlinkSync('../elsewhere.txt', join(dir, 'climb.txt'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync('gone.txt', join(dir, 'dangling.txt'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    symlinkSync('sub', join(dir, 'folder-link'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);

    const listing = listFolder(dir);
    expect(listing.names).toEqual(['inside.txt', 'plan.txt', 'same.txt']);
    expect(listing.skipped).toEqual(['.DS_Store', 'README.md']);
    const why = Object.fromEntries(
      listing.refused.map((d) => [d.source, `${d.notes[0]!.kind}: ${d.notes[0]!.message}`]),
    );
    const outside =
      'link-refused: This is a symbolic link to a file outside the plans folder. Only files inside the folder are read, so that nothing else on this computer is published: copy the plan itself into the folder instead.';
    const loop =
      'link-refused: This is a symbolic link that leads round in a loop (to itself, or through other links back to itself), so it leads to no file. Remove it, or put the plan itself in the folder.';
    expect(why).toEqual({
      'climb.txt': outside,
      'dangling.txt':
        'link-refused: This is a symbolic link to a file that does not exist (it was moved or deleted). Remove the link, or put the plan itself in the folder.',
      'loop-a.txt': loop,
      'loop-b.txt': loop,
      'outside.txt': outside,
      'passwd.txt': outside,
    });
  });
});
