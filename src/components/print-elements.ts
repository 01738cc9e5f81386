/**
 * The elements a page's MDX is drawn with inside the whole-handbook document (/print/): each fitted into the
 * document by src/lib/print-document.ts as it is rendered. Given to a page's `<Content components={…} />`
 * beside the handbook's own components.
 */
import { jsx } from 'astro/jsx-runtime';
import { fitElement, PRINT_ELEMENTS, type PrintContext } from '../lib/print-document';

export function printElements(context: PrintContext): Record<string, (props: Record<string, unknown>) => unknown> {
  return Object.fromEntries(
    PRINT_ELEMENTS.map((tag) => [
      tag,
      (props: Record<string, unknown>) => {
        const [name, fitted] = fitElement(tag, props, context);
        return jsx(name, fitted);
      },
    ]),
  );
}
