// invalid: generic functions
fn id<T>(x: T) -> T { x } //~ ERROR not supported
