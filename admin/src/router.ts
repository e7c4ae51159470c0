// Path routing under /admin/ with the History API: Hub answers every /admin/* path with the app.
import { useSyncExternalStore } from 'react'

const BASE = '/admin'
const CHANGE = 'hub:navigate'

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

const current = () => window.location.pathname.slice(BASE.length).replace(/\/$/, '') || '/'

export function usePath(): string {
  return useSyncExternalStore(subscribe, current)
}

export function navigate(path: string) {
  window.history.pushState(null, '', `${BASE}${path}`)
  window.dispatchEvent(new Event(CHANGE))
}

export const hrefOf = (path: string) => `${BASE}${path}`
