// invalid: a public field of a public struct whose type holds a private enum (private_interfaces)
enum Mode { Fast }
pub struct Config { pub mode: Option<Mode>, speed: u32 } //~ ERROR not supported
