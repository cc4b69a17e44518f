import type { Slot } from '@tandem/contract';
import type { ReactiveControllerHost } from 'lit';
import { dateTimeFormat } from '../../base/intl.js';
import type { PickerController } from './controller.js';
import type { LazySpeech } from '../../base/speech-loader.js';

/** What every view piece is given: the data, the viewer's locale, and the element's own choice. */
export interface PickerView {
  picker: PickerController;
  host: ReactiveControllerHost;
  locale: string;
  speech: LazySpeech;
  direction: 'ltr' | 'rtl';
  /** The chosen slot id ('' when none). */
  value: string;
  choose(slot: Slot | null): void;
}

/** Which cell of the week grid has the roving focus (row -1: none yet). */
export interface GridFocus {
  row: number;
  col: number;
}

export const timeOf = (view: PickerView, iso: string): string =>
  dateTimeFormat(view.locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

export const whenOf = (view: PickerView, iso: string): string =>
  dateTimeFormat(view.locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
