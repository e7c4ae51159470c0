// The generated @hey-api SDK names the DOM's BodyInit; Node has the same type in undici-types, not as a global.
type BodyInit = import('undici-types').BodyInit
