// The run-time part of a coroslim firmware image (link_image.py links it with a crate's objects):
// the Cortex-M vector table, a reset handler that initialises .data and .bss and halts, and a
// panic handler that halts. The least a bootable image has, so that the flash bytes an image
// reports are the crate's code plus a small fixed part (this file's), not a runtime's policy.
// The crate's roots (`pub fn root_*`) are kept by the linker (`-u`), not called: their
// arguments and schedules are the crate's business; the image measures what they pull in.
#![no_std]

use core::panic::PanicInfo;
use core::ptr::{addr_of, addr_of_mut};

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    loop {}
}

unsafe extern "C" {
    // link.x: .data's run address range and load address, and .bss's range
    static mut __sdata: u32;
    static mut __edata: u32;
    static __sidata: u32;
    static mut __sbss: u32;
    static mut __ebss: u32;
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn coroslim_reset() -> ! {
    unsafe {
        let mut dst = addr_of_mut!(__sdata);
        let mut src = addr_of!(__sidata);
        while dst < addr_of_mut!(__edata) {
            dst.write_volatile(src.read());
            dst = dst.add(1);
            src = src.add(1);
        }
        let mut dst = addr_of_mut!(__sbss);
        while dst < addr_of_mut!(__ebss) {
            dst.write_volatile(0);
            dst = dst.add(1);
        }
    }
    loop {}
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn coroslim_default_handler() -> ! {
    loop {}
}

// Words 1-15 of the ARMv6-M/v7-M vector table (word 0, the initial stack pointer, is link.x's):
// reset, then the system exceptions; the reserved words are zero.
#[unsafe(link_section = ".vector_table.exceptions")]
#[unsafe(no_mangle)]
#[used]
pub static COROSLIM_VECTORS: [Option<unsafe extern "C" fn() -> !>; 15] = [
    Some(coroslim_reset),
    Some(coroslim_default_handler), // NMI
    Some(coroslim_default_handler), // HardFault
    Some(coroslim_default_handler), // MemManage (v7-M)
    Some(coroslim_default_handler), // BusFault (v7-M)
    Some(coroslim_default_handler), // UsageFault (v7-M)
    None,
    None,
    None,
    None,
    Some(coroslim_default_handler), // SVCall
    Some(coroslim_default_handler), // DebugMonitor (v7-M)
    None,
    Some(coroslim_default_handler), // PendSV
    Some(coroslim_default_handler), // SysTick
];
