import '@tandem/elements/goal-tracker/define.js';
import '@tandem/elements/message-panel/define.js';
import { createApp } from 'vue';
import App from './App.vue';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787';
createApp(App, { api, educatorId: 'per_rivera', studentId: 'stu_mateo' }).mount('#app');
