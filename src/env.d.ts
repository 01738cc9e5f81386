declare module 'virtual:handbook/wiki' {
  const data: import('./lib/wiki').WikiData;
  export default data;
}
