// invalid: generic structs
struct Point<T> { x: T, y: T } //~ ERROR not supported
