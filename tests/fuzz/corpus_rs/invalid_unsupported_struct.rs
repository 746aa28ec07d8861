// invalid: struct definitions
struct Point { x: u32, y: u32 } //~ ERROR not supported
