// invalid: a trait `Future` beside the prelude's `use std::future::Future` (E0255)
trait Future { //~ ERROR [E0255] the name `Future` is defined multiple times
    fn get(&self) -> u32;
}
