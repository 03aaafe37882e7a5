/** What the detector says about one mention. Pure data; see shared/detect for how it is computed. */

export const MOMENT_TYPES = ['praise', 'complaint', 'question', 'suggestion'] as const;
export type MomentType = (typeof MOMENT_TYPES)[number];

export const LABELS = [...MOMENT_TYPES, 'none'] as const;
export type Label = (typeof LABELS)[number];

export const isLabel = (value: unknown): value is Label =>
  typeof value === 'string' && (LABELS as readonly string[]).includes(value);

export type CueKind = 'word' | 'phrase' | 'emoji' | 'punctuation' | 'pattern' | 'feedback' | 'context';

/** One piece of evidence: shown to people in Slack as "why this alert". */
export interface Cue {
  label: Label;
  kind: CueKind;
  /** The matched text as it appears in the post (or a short description for patterns). */
  text: string;
  weight: number;
}

export interface Detection {
  label: Label;
  /** 0..1 */
  confidence: number;
  scores: Record<Label, number>;
  /** ISO 639-1 code, or 'und' when it cannot be told. */
  lang: string;
  cues: Cue[];
}

/** A correction a person made in Slack: "this post was really a <label>". */
export interface Relabel {
  text: string;
  lang?: string;
  from: Label;
  to: Label;
  at: string;
  by: string;
}

/** What the detector needs to know about the brand. */
export interface BrandContext {
  name: string;
  /** The brand's own handles, lower-case, without '@'. */
  handles: string[];
  /** Brand names, aliases and product keywords in any language. */
  keywords: string[];
}
