/** The routing config's `detection.unsure_below` reaches the card: below it the card says it is unsure. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { CONFIG, cardOf, fresh, postAndDeliver, startSlackStack, textOf } from './support.ts';

describe('an unsure detection on the card', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    // A threshold no detection reaches, so every card of this stack says it is unsure.
    const dir = mkdtempSync(join(tmpdir(), 'beacon-unsure-'));
    const configPath = join(dir, 'routing.yaml');
    writeFileSync(configPath, `${readFileSync(CONFIG, 'utf8')}\ndetection:\n  unsure_below: 0.999\n`);
    stack = await startSlackStack(new TestClock(), { configPath });
  });
  afterAll(() => stack.stop());

  it('says "Unsure" with the calibrated confidence and invites a relabel', async () => {
    const alertId = await postAndDeliver(stack, fresh('unsure'), 'Acme never delivered my order. Terrible!');
    const card = textOf(cardOf(stack, 's-complaints', alertId));
    expect(card).toMatch(
      /:grey_question: Unsure: complaint at \d+%\. If that is wrong, Relabel it so the detector learns\./,
    );
  });
});
