import { describe, expect, it } from 'vitest';
import { datePrecision, partialDateSchema, webUrlSchema } from './common';

describe('partialDateSchema', () => {
  it.each(['2024', '2024-07', '2024-07-31', '2024-02-29'])('accepts %s', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(['24', '2024-13', '2024-02-30', '2023-02-29', '31/07/2024', '2024-7-1', ''])('rejects %s', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(false);
  });

  it('reads the precision from the length', () => {
    expect(datePrecision('2024')).toBe('year');
    expect(datePrecision('2024-07')).toBe('month');
    expect(datePrecision('2024-07-31')).toBe('day');
  });
});

describe('webUrlSchema', () => {
  it('accepts web links', () => {
    expect(webUrlSchema.safeParse('https://www.example.org/article?id=1').success).toBe(true);
    expect(webUrlSchema.safeParse('http://example.org').success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'example.org', ''])(
    'rejects %s',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(false);
    },
  );
});
