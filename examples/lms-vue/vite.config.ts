import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Tandem's tags are custom elements, not Vue components: Vue renders them as they are.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tandem-') } } }),
  ],
});
