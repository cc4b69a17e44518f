import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.js';

// Every story runs as a test, with the a11y addon's checks (violations fail: a11y.test = 'error').
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
