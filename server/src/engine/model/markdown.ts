import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { ImageRef, LinkRef, ParagraphKind } from './article';
import { blankOut, type BodyDraft } from './body';
import { simpleParagraph } from './simple-paragraph';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses one Markdown block into paragraph drafts; offsets are relative to the block. A block
 * nested or bracketed beyond any article, on which CommonMark parsing turns quadratic, is kept
 * as one paragraph without prose rather than stall the editor.
 */
export function parseMarkdownBlock(source: string): BodyDraft[] {
  if (isPathological(source)) return [{ ...opaqueText(source), kind: 'paragraph' }];
  return simpleParagraph(source) ?? parseWithMicromark(source);
}

/** The block as micromark parses it (GFM and front matter included); `simpleParagraph` must agree with it. */
export function parseWithMicromark(source: string): BodyDraft[] {
  const tree = markdown.parse(source) as Root;
  const drafts: BodyDraft[] = [];
  // An explicit stack, not recursion: `>` repeated thousands of times nests that deep.
  const pending: Array<[RootContent, ParagraphKind]> = tree.children.map((node) => [node, 'paragraph']);
  pending.reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, container] = next;
    const children = collect(node, container, source, drafts);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return drafts;
}

/** Adds the drafts `node` itself makes; returns the nested blocks still to visit, in order. */
function collect(node: RootContent, container: ParagraphKind, source: string, drafts: BodyDraft[]): Array<[RootContent, ParagraphKind]> {
  switch (node.type) {
    case 'paragraph':
      drafts.push(prose(node, container, source));
      return [];
    case 'heading':
      drafts.push({ ...prose(node, 'heading', source), depth: node.depth });
      return [];
    case 'blockquote':
      return node.children.map((child) => [child, 'blockquote']);
    case 'list': {
      const kind = container === 'blockquote' ? 'blockquote' : 'list-item';
      return node.children.flatMap((item) => item.children.map((child): [RootContent, ParagraphKind] => [child, kind]));
    }
    case 'table':
      for (const row of node.children) drafts.push(prose(row, 'table-row', source));
      return [];
    case 'code':
      drafts.push(opaque(node, 'code', source));
      return [];
    case 'html':
      drafts.push(opaque(node, 'html', source));
      return [];
    case 'yaml':
      drafts.push(opaque(node, 'front-matter', source));
      return [];
    default:
      // Definitions, thematic breaks and footnote definitions carry no article prose.
      return [];
  }
}

function span(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function opaque(node: Nodes, kind: ParagraphKind, source: string): BodyDraft {
  const [start, end] = span(node);
  return { ...opaqueText(source.slice(start, end), start), kind };
}

function opaqueText(text: string, offset = 0): Omit<BodyDraft, 'kind'> {
  return { offset, text, prose: blankOut(text), images: [], links: [] };
}

/** Beyond these, micromark's time grows with the square of the block (measured: 4 s for `>` × 5,000). */
const MAX_CONTAINER_PREFIX = 100;
const MAX_BRACKETS = 1000;
const DEEP_PREFIX = new RegExp(`^[ \\t>]{${MAX_CONTAINER_PREFIX},}`, 'm');

function isPathological(source: string): boolean {
  let brackets = 0;
  for (let at = source.indexOf('['); at >= 0; at = source.indexOf('[', at + 1)) if (++brackets > MAX_BRACKETS) return true;
  return DEEP_PREFIX.test(source);
}

/** Copies the text of prose-bearing inline nodes into a blanked copy of the block's source. */
function prose(node: Parents & Nodes, kind: ParagraphKind, source: string): BodyDraft {
  const [start, end] = span(node);
  const text = source.slice(start, end);
  const chars = blankOut(text).split('');
  const images: ImageRef[] = [];
  const links: LinkRef[] = [];

  const keep = (inline: Nodes) => {
    const [from, to] = span(inline);
    for (let i = from; i < to; i++) chars[i - start] = source[i];
  };

  const walk = (parent: Parents) => {
    for (const child of parent.children as PhrasingContent[]) {
      const [from, to] = span(child);
      switch (child.type) {
        case 'text':
          keep(child);
          break;
        case 'image':
          images.push({ start: from - start, end: to - start, alt: child.alt ?? '', src: child.url, title: child.title ?? null });
          break;
        case 'link':
          links.push({ start: from - start, end: to - start, url: child.url });
          // A bare URL turned into a link is not prose.
          if (!isAutolink(child, source)) walk(child);
          break;
        case 'inlineCode':
        case 'html':
        case 'imageReference':
        case 'footnoteReference':
        case 'break':
          break;
        default:
          if ('children' in child) walk(child);
      }
    }
  };
  walk(node);
  return { offset: start, kind, text, prose: chars.join(''), images, links };
}

function isAutolink(link: { url: string; children: PhrasingContent[]; position?: { start: { offset?: number } } }, source: string): boolean {
  const first = link.children[0];
  if (link.children.length !== 1 || first?.type !== 'text') return false;
  const opening = source[link.position?.start.offset ?? 0];
  return opening !== '[' && (link.url === first.value || link.url.endsWith(first.value) || link.url === `mailto:${first.value}`);
}
