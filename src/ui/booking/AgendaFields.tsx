/**
 * The agenda that goes into the invite: the template for this kind of session and its fields (focus
 * question, look-fors, data set, ...). Values are plain text; the booking service renders and
 * sanitizes them. A list field takes one item per line.
 */
import { Field, Input, Select, Textarea, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { TemplateField } from '../../core/agenda/model.js';
import { useTemplates } from '../services/appServices.js';
import { defaultText, templatesFor } from './agendaValues.js';
import type { AgendaEntry } from '../../services/booking/sessionPlan.js';
import { BOOKING_TEXT } from '../text/bookingText.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  legend: { ...typographyStyles.subtitle2, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

export interface AgendaFieldsProps {
  readonly kind: string;
  readonly agenda: AgendaEntry | undefined;
  readonly disabled: boolean;
  onChange(agenda: AgendaEntry): void;
  /** Only these fields (a rotation asks shared fields once and each school's brief per school). */
  readonly fieldIds?: readonly string[];
  /** Replaces "Agenda: <template title>". */
  readonly legend?: string;
}

export function AgendaFields({ kind, agenda, disabled, onChange, fieldIds, legend }: AgendaFieldsProps) {
  const styles = useStyles();
  const templates = templatesFor(kind, useTemplates());
  const template = templates.find((t) => t.id === agenda?.templateId) ?? templates[0];
  if (!template) return null;
  const values = agenda?.fields ?? {};
  const valueOf = (field: TemplateField): string => {
    const v = values[field.id];
    if (v === undefined) return defaultText(field);
    return typeof v === 'string' ? v : v.join('\n');
  };
  const set = (field: TemplateField, value: string) => onChange({ templateId: template.id, fields: { ...values, [field.id]: value } });

  return (
    <fieldset className={styles.root} disabled={disabled}>
      <legend className={styles.legend}>{legend ?? BOOKING_TEXT.agendaLegend(template.title)}</legend>
      {templates.length > 1 && !fieldIds && (
        <Field label="Agenda template">
          <Select value={template.id} onChange={(_, d) => onChange({ templateId: d.value, fields: {} })} disabled={disabled}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {template.fields
        .filter((f) => !fieldIds || fieldIds.includes(f.id))
        .map((field) => {
          const hint = [field.help, field.type === 'list' ? BOOKING_TEXT.onePerLine : undefined].filter(Boolean).join(' ');
          return (
            <Field key={field.id} label={field.label} required={field.required} hint={hint || undefined}>
              {field.type === 'longText' || field.type === 'list' ? (
                <Textarea value={valueOf(field)} onChange={(_, d) => set(field, d.value)} resize="vertical" disabled={disabled} />
              ) : (
                <Input
                  type={field.type === 'url' ? 'url' : field.type === 'date' ? 'date' : 'text'}
                  value={valueOf(field)}
                  onChange={(_, d) => set(field, d.value)}
                  disabled={disabled}
                />
              )}
            </Field>
          );
        })}
    </fieldset>
  );
}
