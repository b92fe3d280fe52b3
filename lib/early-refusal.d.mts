export const ALLOWED_METHODS: string;
export interface EarlyRefusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export function earlyRefusal(method: string | undefined, url: string | undefined): EarlyRefusal | null;
