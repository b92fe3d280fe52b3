import satori from 'satori';
import sharp from 'sharp';
import { previewCacheControl } from '@/lib/api-response';
import type { GraphData } from '@/lib/graph';
import { layoutPreview } from '@/lib/preview-layout';
import { ACTOR_KIND_STYLE, FAMILY_STYLE, MEETING_STYLE, PARTICIPATION_STYLE } from '../graph/visual-style';
import { summarizeView } from '../explorer/view-summary';
import { previewShape } from './shapes';
import { emojiPicture, fontsFor, previewFonts } from './fonts';

export const PREVIEW_SIZE = { width: 1200, height: 630 };
const CANVAS = { width: 1200, height: 500, margin: 60 };

/**
 * The Open Graph picture of a view (PNG): the graph drawn small, with what it holds, so that a link pasted into a
 * chat or a document shows what it is. Drawn with satori and sharp rather than `next/og`, whose renderer fetches
 * fonts and emoji it lacks from outside services: here every glyph comes from the fonts shipped with the app
 * (./fonts.ts), and one that none of them has is drawn as a box.
 */
export async function previewImage(graph: GraphData, caption: string, positions?: Record<string, { x: number; y: number }>): Promise<Response> {
  const { nodes, edges } = layoutPreview(graph, CANVAS, positions);
  const fonts = previewFonts();
  const svg = await satori(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff' }}>
        <div style={{ display: 'flex', position: 'relative', width: CANVAS.width, height: CANVAS.height, background: '#f8fafc' }}>
          <svg width={CANVAS.width} height={CANVAS.height} style={{ position: 'absolute', left: 0, top: 0 }}>
            {edges.map((edge, index) => {
              const style = edge.family ? FAMILY_STYLE[edge.family as keyof typeof FAMILY_STYLE] : PARTICIPATION_STYLE;
              // Lines here are twice as wide as on the canvas: so are the dashes.
              return (
                <line
                  key={index}
                  x1={edge.from.x}
                  y1={edge.from.y}
                  x2={edge.to.x}
                  y2={edge.to.y}
                  stroke={style.color}
                  strokeWidth={edge.family ? 4 : 2}
                  strokeDasharray={style.dash?.map((length) => length * 2).join(' ')}
                />
              );
            })}
            {nodes.map((node) => {
              const style = node.element === 'meeting' ? MEETING_STYLE : ACTOR_KIND_STYLE[node.kind as keyof typeof ACTOR_KIND_STYLE];
              return nodeShape(`${node.element}:${node.id}`, style, node, nodeSize(node.element));
            })}
          </svg>
          {nodes.map((node) =>
            node.label ? (
              <div
                key={`${node.element}:${node.id}`}
                style={{ position: 'absolute', left: node.x - 90, top: node.y + nodeSize(node.element) / 2 + 4, width: 180, display: 'flex', justifyContent: 'center' }}
              >
                {/* A set line height: Noto Sans Arabic's own would leave a wrapped name's lines far apart. */}
                <div style={{ fontSize: 20, lineHeight: 1.3, color: '#0f172a', textAlign: 'center', direction: textDirection(node.label) }}>{node.label.normalize('NFC')}</div>
              </div>
            ) : null,
          )}
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center', justifyContent: 'space-between', padding: '0 48px', background: '#0f172a', color: '#ffffff' }}>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: 40, fontWeight: 700 }}>Parley</div>
            <div style={{ fontSize: 24, color: '#cbd5e1' }}>{caption}</div>
          </div>
          <div style={{ fontSize: 28 }}>{summarizeView(graph)}</div>
        </div>
      </div>
    ),
    {
      ...PREVIEW_SIZE,
      fonts,
      // Called for the graphemes the fonts given lack: an emoji's picture, or the subsets that hold the others.
      loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emojiPicture(segment) ?? []) : fontsFor(segment, fonts)),
    },
  );
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': previewCacheControl() } });
}

/** A name written in a right-to-left script (by its first letter, as `dir="auto"` does) lines up from the right. */
const textDirection = (text: string) => (/^\P{L}*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(text) ? 'rtl' : 'ltr');

// A star needs more room than a circle to be seen as one.
const nodeSize = (element: 'actor' | 'meeting') => (element === 'meeting' ? 26 : 34);

/**
 * One node in its canvas shape (a circle for a shape the preview cannot draw), outlined in white like the canvas.
 * A plain function, not a component: the picture's renderer takes only SVG's own elements inside <svg>.
 */
function nodeShape(key: string, style: { shape: string; color: string }, { x, y }: { x: number; y: number }, size: number) {
  const drawn = previewShape(style.shape) ?? { element: 'ellipse' };
  const half = size / 2;
  const paint = { fill: style.color, stroke: '#ffffff', strokeWidth: 3, strokeLinejoin: 'round' as const };
  if (drawn.element === 'ellipse') return <ellipse key={key} cx={x} cy={y} rx={half} ry={half} {...paint} />;
  if (drawn.element === 'rect') return <rect key={key} x={x - half} y={y - half} width={size} height={size} rx={drawn.rounded ? 6 : 0} {...paint} />;
  return <polygon key={key} points={drawn.points.map(([px, py]) => `${x + px * half},${y + py * half}`).join(' ')} {...paint} />;
}
