import { fieldTypes } from '@contract/rules';
import type { FieldType } from '@contract';

/** Material Symbols name for each field type, shown in the designer and the "add field" menu. */
export const fieldTypeIcons: Record<FieldType, string> = {
  checkbox: 'check_box',
  text: 'short_text',
  number: 'pin',
  date: 'calendar_today',
  time: 'schedule',
  choice: 'list',
  validation: 'rule',
  signature: 'draw',
  photo: 'photo_camera',
};

export const allFieldTypes: readonly FieldType[] = fieldTypes;
