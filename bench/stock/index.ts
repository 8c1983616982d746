// The stock reference build for the API benchmark (type-graphql + Apollo, plain resolvers).
export { startStockServer } from './server';
