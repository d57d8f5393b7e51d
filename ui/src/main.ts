import './app.css';
import { mount } from 'svelte';
import { getCurrentWindow } from '@tauri-apps/api/window';
import App from './App.svelte';
import { guardWindowClose } from './lib/leave';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target });

// Closing the window with unsaved edits asks first, like leaving a page does.
void guardWindowClose(getCurrentWindow());
