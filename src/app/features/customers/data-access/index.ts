// What other features may read from customers: exported selectors only.
export { selectSelectedCustomer, selectSelectedCustomerId } from './customers.selectors';
