import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

initI18n();

// React Aria injects an inline <style> (touch-action for pressable elements) unless an element with this id exists.
// The CSP forbids inline styles, so app.css carries the same rule and this marker keeps React Aria from trying.
const pressableStyleMarker = document.createElement('meta');
pressableStyleMarker.id = 'react-aria-pressable-style';
pressableStyleMarker.name = 'react-aria-pressable-style';
pressableStyleMarker.content = 'app.css';
document.head.append(pressableStyleMarker);

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
