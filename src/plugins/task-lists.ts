/**
 * Gives each box of a Markdown task list (`- [ ] …`, `- [x] …`) a name a screen reader says, "Done" or "Not done":
 * the box is drawn without a label, and a form control without a name is an accessibility failure (WCAG 4.1.2).
 * A Sätteri hast plugin, beside the heading anchors.
 */
import type { HastPluginDefinition } from 'satteri';

export function taskListLabels(): HastPluginDefinition {
  return {
    name: 'handbook-task-list-labels',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.['type'] !== 'checkbox') return;
        ctx.setProperty(node, 'ariaLabel', node.properties['checked'] ? 'Done' : 'Not done');
      },
    },
  };
}
