/**
 * The page text editor: the MDX as written, in a plain text box, with buttons that insert the handbook's
 * components from a small form, so nobody has to type JSX.
 *
 * Why not Decap's markdown widget: its rich-text mode rewrote the body of every one of the handbook's 49
 * pages on the first keystroke (list markers, escapes, table spacing; it also has no tables and escapes
 * MDX and footnotes: decap-cms issues #4497, #4360, #7158, #2845), and its raw mode disables the toolbar,
 * so components could not be inserted there. The measurements are in cms-config/README.md.
 * A native text box also keeps what is typed exactly, and works with screen readers and spell checkers.
 */
import { Component, createElement as h, createRef, type SubmitEvent, type ReactNode } from 'react';
import { editorComponents, type ComponentData, type ComponentField, type HandbookEditorComponent } from './editor-components';
import { insertBlock } from './insert-block';
import { renderPreview } from './render-preview';

/** The props Decap gives a widget control (decap-cms-core's EditorControlPane/Widget.js). */
interface ControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

interface ControlState {
  /** The component whose form is open, if any. */
  inserting: HandbookEditorComponent | undefined;
  /** Where the cursor was when the form opened: the block goes there. */
  cursor: number;
}

const bar = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0 0 0.5rem' } as const;
const button = {
  font: 'inherit',
  padding: '0.3rem 0.8rem',
  border: '1px solid #3a69c7',
  borderRadius: 4,
  background: '#fff',
  color: '#1f4a9e',
  cursor: 'pointer',
} as const;
const form = {
  border: '1px solid #b6c1d4',
  borderRadius: 4,
  padding: '0.75rem',
  margin: '0 0 0.75rem',
  display: 'grid',
  gap: '0.6rem',
} as const;
const input = { font: 'inherit', width: '100%', padding: '0.4rem', border: '1px solid #798291', borderRadius: 4 } as const;
const hint = { fontSize: '0.85em', color: '#4a4f57', margin: 0 } as const;

export class MdxControl extends Component<ControlProps, ControlState> {
  override state: ControlState = { inserting: undefined, cursor: 0 };
  private textarea = createRef<HTMLTextAreaElement>();
  private firstInput = createRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>();

  /** Decap asks each control whether its value is valid; the page text has no rules of its own. */
  isValid = () => true;

  private open(component: HandbookEditorComponent) {
    const cursor = this.textarea.current?.selectionStart ?? (this.props.value ?? '').length;
    this.setState({ inserting: component, cursor }, () => this.firstInput.current?.focus());
  }

  private close(inserted?: number) {
    this.setState({ inserting: undefined }, () => {
      const box = this.textarea.current;
      if (!box) return;
      box.focus();
      if (inserted !== undefined) box.setSelectionRange(inserted, inserted);
    });
  }

  private insert(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const component = this.state.inserting;
    if (!component) return;
    const values = new FormData(event.currentTarget);
    const data: ComponentData = {};
    for (const field of component.fields) data[field.name] = String(values.get(field.name) ?? '');
    const result = insertBlock(this.props.value ?? '', this.state.cursor, component.toBlock(data));
    this.props.onChange(result.text);
    this.close(result.cursor);
  }

  private fieldControl(field: ComponentField, index: number): ReactNode {
    const id = `${this.props.forID}-${this.state.inserting?.id ?? ''}-${field.name}`;
    const common = {
      id,
      name: field.name,
      required: field.required !== false,
      ref: index === 0 ? this.firstInput : undefined,
      'aria-describedby': field.hint ? `${id}-hint` : undefined,
      style: input,
    };
    const control =
      field.widget === 'select'
        ? h(
            'select',
            { ...common, defaultValue: field.default },
            (field.options ?? []).map((option) => h('option', { key: option.value, value: option.value }, option.label)),
          )
        : field.widget === 'text'
          ? h('textarea', { ...common, rows: 3 })
          : h('input', {
              ...common,
              type: field.widget === 'number' ? 'number' : 'text',
              ...(field.widget === 'number' ? { min: 1900, max: 2100 } : {}),
            });
    return h(
      'div',
      { key: field.name },
      h(
        'label',
        { htmlFor: id, style: { display: 'block', fontWeight: 600, color: '#1d1f1c' } },
        field.label,
        field.required === false ? ' (optional)' : '',
      ),
      control,
      field.hint ? h('p', { id: `${id}-hint`, style: hint }, field.hint) : null,
    );
  }

  override render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { inserting } = this.state;
    return h(
      'div',
      null,
      h(
        'div',
        { role: 'group', 'aria-label': 'Add a component', style: bar },
        editorComponents.map((component) =>
          h(
            'button',
            {
              key: component.id,
              type: 'button',
              style: button,
              onClick: () => this.open(component),
              'aria-expanded': inserting === component,
            },
            `Insert ${component.label.toLowerCase()}`,
          ),
        ),
      ),
      inserting
        ? h(
            'form',
            {
              style: form,
              onSubmit: (event: SubmitEvent<HTMLFormElement>) => this.insert(event),
              'aria-label': `Insert ${inserting.label.toLowerCase()}`,
            },
            inserting.fields.map((field, index) => this.fieldControl(field, index)),
            h(
              'div',
              { style: bar },
              h('button', { type: 'submit', style: { ...button, background: '#3a69c7', color: '#fff' } }, 'Insert'),
              h('button', { type: 'button', style: button, onClick: () => this.close() }, 'Cancel'),
            ),
          )
        : null,
      h('textarea', {
        id: forID,
        ref: this.textarea,
        className: classNameWrapper,
        value: value ?? '',
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        rows: 24,
        spellCheck: true,
        style: {
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.95rem',
          lineHeight: 1.5,
          minHeight: '24rem',
          resize: 'vertical',
        },
      }),
    );
  }
}

/** The body as the site shows it, for any preview that asks Decap for the `body` widget's preview. */
export function MdxPreview({ value }: { value?: string }) {
  const preview = renderPreview(value ?? '');
  return preview.problem
    ? h('p', { className: 'preview-problem' }, preview.problem)
    : h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: preview.html } });
}
