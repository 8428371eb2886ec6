/**
 * A learning walk's host adds their school's visit brief (focus question, classrooms, look-fors) when they
 * accept, or later from the same card. The coach set only the rotation's shared focus; the brief goes to the
 * coach in the host's answer, and Common Time puts it on the walk the visitors see.
 */
import type { HostBriefFormProps } from './HostBriefForm.types.js';
import { renderHostBriefForm } from './renderHostBriefForm.js';
import { useHostBriefForm } from './useHostBriefForm.js';
import { useHostBriefFormStyles } from './useHostBriefFormStyles.styles.js';

export function HostBriefForm(props: HostBriefFormProps) {
  const state = useHostBriefForm(props);
  return renderHostBriefForm(state, useHostBriefFormStyles());
}
