// invalid: modules
mod inner { fn f() {} } //~ ERROR not supported
