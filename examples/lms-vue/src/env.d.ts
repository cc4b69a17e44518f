// Tandem's tags as typed global components for vue-tsc (props and @tandem-… events).
import type {} from '@tandem/elements/vue';
