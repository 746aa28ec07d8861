// invalid: trait definitions
trait Sensor { fn read(&self) -> u32; } //~ ERROR not supported
