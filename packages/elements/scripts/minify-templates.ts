// A vite plugin that collapses the whitespace in lit's html``, svg`` and css`` templates of
// our own sources. Found with the TypeScript parser (not regexes), so nested templates and
// expressions stay intact. No <pre> content exists in our templates, where this would matter.
import ts from 'typescript';
import type { Plugin } from 'vite';

const TAGS = new Set(['html', 'svg', 'css']);

function collapse(text: string, css: boolean): string {
  // Comments go (they explain the source, not the page); a comment cut by an expression stays.
  let out = text.replace(css ? /\/\*[\s\S]*?\*\//g : /<!--[\s\S]*?-->/g, '');
  out = out.replace(/\s+/g, ' ');
  if (css) {
    // Spaces around braces, semicolons, commas and child combinators carry no meaning; after a
    // colon neither. Before a colon they may (`.a :hover` is not `.a:hover`), so they stay.
    out = out
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

export function minifyTemplates(): Plugin {
  return {
    name: 'tandem-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const isCss = node.tag.text === 'css';
          const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const start = part.getStart(source);
            const raw = code.slice(start, part.end);
            // Keep the delimiters: ` or } at the start, ` or ${ at the end.
            const open = raw.startsWith('`') ? 1 : 1;
            const close = raw.endsWith('${') ? 2 : 1;
            const inner = raw.slice(open, raw.length - close);
            edits.push({ start: start + open, end: part.end - close, text: collapse(inner, isCss) });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return { code: result, map: null };
    },
  };
}
