import { describe, expect, it } from 'vitest';
import { TIE_FAMILIES, type TieFamily } from '@/lib/taxonomy';
import { STYLESHEET } from './stylesheet';
import { FAMILY_STYLE, PARTICIPATION_STYLE } from './visual-style';

/**
 * The picture must read without colour vision and with poor eyesight: WCAG AA contrast for every text and line
 * the canvas and badges draw, and the tie families told apart under simulated colour blindness — by colour and,
 * whatever the colour, by dash and arrow head.
 */

const WHITE = '#ffffff';
/** The canvas's background at its edges (`--panel`): its radial gradient runs from white to this. */
const CANVAS_EDGE = '#f8fafc';
const TEXT_AA = 4.5;
const GRAPHICS_AA = 3;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16) / 255) as Rgb;
}

const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(rgb(a).map(toLinear) as Rgb), luminance(rgb(b).map(toLinear) as Rgb)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB. */
const SIMULATIONS: Record<string, number[][] | null> = {
  'normal vision': null,
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIELAB (D65) of a colour as seen under a simulation. */
function seenAs(hex: string, matrix: number[][] | null): Rgb {
  const linear = rgb(hex).map(toLinear) as Rgb;
  const [r, g, b] = matrix
    ? (matrix.map((row) => Math.min(1, Math.max(0, row[0]! * linear[0] + row[1]! * linear[1] + row[2]! * linear[2]))) as Rgb)
    : linear;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2 is just noticeable, above 20 two colours are told apart at a glance. */
function deltaE(a: string, b: string, matrix: number[][] | null): number {
  const [l1, a1, b1] = seenAs(a, matrix);
  const [l2, a2, b2] = seenAs(b, matrix);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const familyPairs = TIE_FAMILIES.flatMap((first, i) => TIE_FAMILIES.slice(i + 1).map((second) => [first, second] as [TieFamily, TieFamily]));

describe('contrast (WCAG 2 AA)', () => {
  it.each(TIE_FAMILIES)('%s ties: labels 4.5:1 on white and on the canvas, lines 3:1, badge text 4.5:1', (family) => {
    const { color } = FAMILY_STYLE[family];
    expect(contrast(color, WHITE)).toBeGreaterThanOrEqual(TEXT_AA);
    expect(contrast(color, CANVAS_EDGE)).toBeGreaterThanOrEqual(TEXT_AA);
    // The detail badges print white on the family's colour.
    expect(contrast(WHITE, color)).toBeGreaterThanOrEqual(TEXT_AA);
  });

  it('meeting participation: the line 3:1 on the canvas, its role label 4.5:1', () => {
    expect(contrast(PARTICIPATION_STYLE.color, CANVAS_EDGE)).toBeGreaterThanOrEqual(GRAPHICS_AA);
    expect(contrast(PARTICIPATION_STYLE.labelColor, CANVAS_EDGE)).toBeGreaterThanOrEqual(TEXT_AA);
  });

  it('every text colour of the canvas stylesheet reads 4.5:1 on its white label background', () => {
    const textColours = STYLESHEET.flatMap((rule) => {
      const color = (rule as { style?: { color?: unknown } }).style?.color;
      return typeof color === 'string' ? [[rule.selector, color] as const] : [];
    });
    expect(textColours.length).toBeGreaterThanOrEqual(TIE_FAMILIES.length + 2);
    for (const [selector, color] of textColours) expect(contrast(color, WHITE), `${selector}: ${color}`).toBeGreaterThanOrEqual(TEXT_AA);
  });
});

describe('colour blindness', () => {
  it.each(Object.keys(SIMULATIONS))('under %s, the families stay apart in colour', (simulation) => {
    const matrix = SIMULATIONS[simulation]!;
    for (const [first, second] of familyPairs) {
      const difference = deltaE(FAMILY_STYLE[first].color, FAMILY_STYLE[second].color, matrix);
      // Cooperation and conflict are the pairs a reader must never confuse. Verbal and material of one side must
      // differ in colour to a normal eye; under a simulation their dash tells them apart (tested below).
      const isPair = (suffix: string) => [first, second].some((family) => family.endsWith(suffix));
      const sameSide = first !== 'structure' && second !== 'structure' && first.split('-')[1] === second.split('-')[1];
      const needed = isPair('-cooperation') && isPair('-conflict') ? 30 : sameSide && matrix !== null ? 0 : 20;
      expect(difference, `${first} / ${second}: ΔE ${difference.toFixed(1)}`).toBeGreaterThanOrEqual(needed);
    }
  });

  it('the old green and red failed it: deuteranopia left them within ΔE 21 of each other', () => {
    expect(deltaE('#16a34a', '#dc2626', SIMULATIONS.deuteranopia!)).toBeLessThan(30);
  });

  it('whatever the colours, every two families differ by dash or arrow head, and ties by both from participation', () => {
    for (const [first, second] of familyPairs) {
      const a = FAMILY_STYLE[first];
      const b = FAMILY_STYLE[second];
      expect(a.arrow !== b.arrow || String(a.dash) !== String(b.dash), `${first} / ${second}`).toBe(true);
    }
    for (const family of TIE_FAMILIES) {
      expect(FAMILY_STYLE[family].arrow).not.toBe(PARTICIPATION_STYLE.arrow);
      expect(String(FAMILY_STYLE[family].dash)).not.toBe(String(PARTICIPATION_STYLE.dash));
    }
  });
});
