; Emanon DOS-class test guest: a BIOS boot program (no OS) that reports what the BIOS and the
; bare hardware show a DOS-era guest, as "EMANON: ..." lines on COM1, then halts.
; tests/guests/README.md ("dos-boot") is the contract; tst_legacy_dos asserts on it.
;
; Sector 1 (the boot sector) loads sectors 2..5 to 0x7E00 through INT 13h from the drive it
; was booted from, so it works from a floppy (boot order "a") and from a disk.
; Needs a CPU with CPUID and 32-bit registers (QEMU's 486 and later).
bits 16
org 0x7c00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    sti
    cld
    mov [boot_drive], dl
    mov ax, 0x0204              ; INT 13h: read 4 sectors
    mov bx, 0x7e00              ; to ES:BX
    mov cx, 0x0002              ; cylinder 0, sector 2
    xor dh, dh                  ; head 0 (DL = boot drive)
    int 0x13
    jc .failed
    jmp stage2
.failed:
    mov si, msg_load_failed
    call puts
halt:
    cli
    hlt
    jmp halt

; ---- output on COM1 (polled; the UART needs no set-up under QEMU) ----
putc:                           ; AL = character
    push dx
    push ax
    mov dx, 0x3fd
.wait:
    in al, dx
    test al, 0x20               ; transmitter holding register empty
    jz .wait
    pop ax
    mov dx, 0x3f8
    out dx, al
    pop dx
    ret

puts:                           ; DS:SI = zero-terminated string
    lodsb
    test al, al
    jz .done
    call putc
    jmp puts
.done:
    ret

hex4:                           ; low nibble of AL, lower case
    and al, 0x0f
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 'a' - '9' - 1
.out:
    jmp putc

hex8:                           ; AL
    push ax
    shr al, 4
    call hex4
    pop ax
    push ax
    call hex4
    pop ax
    ret

hex16:                          ; AX
    xchg al, ah
    call hex8
    xchg al, ah
    jmp hex8

crlf:
    mov al, 13
    call putc
    mov al, 10
    jmp putc

msg_load_failed: db 'EMANON: load-failed', 13, 10, 0
boot_drive: db 0

    times 510 - ($ - $$) db 0
    dw 0xaa55

; ---------------------------------------------------------------------------------------
stage2:
    mov si, msg_guest
    call puts
    mov si, msg_boot
    call puts
    mov al, [boot_drive]
    call hex8
    call crlf

    ; CPUID: vendor, highest standard leaf, family and model
    xor eax, eax
    cpuid
    mov [vendor], ebx
    mov [vendor + 4], edx
    mov [vendor + 8], ecx
    push ax
    mov si, msg_cpuid
    call puts
    pop ax
    call hex8
    mov si, msg_family
    call puts
    mov eax, 1
    cpuid
    push ax
    shr ax, 8
    call hex4                   ; family (bits 8-11)
    mov si, msg_model
    call puts
    pop ax
    shr al, 4
    call hex4                   ; model (bits 4-7)
    mov si, msg_vendor
    call puts
    mov si, vendor
    call puts
    call crlf

    ; BIOS equipment word (INT 11h), base memory (INT 12h), extended memory (INT 15h/88h)
    mov si, msg_equipment
    call puts
    int 0x11
    call hex16
    call crlf
    mov si, msg_ext
    call puts
    mov ah, 0x88
    int 0x15
    call hex16
    call crlf

    call pci_scan
    call ne2000_probe
    call sb16_probe

    mov si, msg_done
    call puts
    jmp halt

; Every PCI function on bus 0 (configuration mechanism 1): "pci vvvv:dddd".
pci_scan:
    xor ebx, ebx
.next:
    mov eax, ebx
    shl eax, 8
    or eax, 0x80000000
    mov dx, 0xcf8
    out dx, eax
    mov dx, 0xcfc
    in eax, dx
    cmp ax, 0xffff
    je .skip
    push eax
    mov si, msg_pci
    call puts                   ; (clobbers AL)
    pop eax
    push eax
    call hex16
    mov al, ':'
    call putc
    pop eax
    shr eax, 16
    call hex16
    call crlf
.skip:
    inc bx
    cmp bx, 256
    jb .next
    ret

; NE2000 at I/O 0x300: read the station address PROM through remote DMA (byte mode, where
; each PROM byte appears twice): "ne2000 300 mac xx:xx:xx:xx:xx:xx", or "ne2000 300 none".
ne2000_probe:
    mov si, msg_ne2000
    call puts
    mov dx, 0x31f               ; reset port: a read starts a reset
    in al, dx
    out dx, al
    mov dx, 0x300
    mov al, 0x21                ; stop, abort DMA, page 0
    out dx, al
    in al, dx
    cmp al, 0x21
    jne .none
    mov dx, 0x30e               ; DCR: byte-wide transfers, loopback off
    mov al, 0x48
    out dx, al
    mov dx, 0x30a               ; RBCR0/1: 12 bytes
    mov al, 12
    out dx, al
    inc dx
    xor al, al
    out dx, al
    mov dx, 0x308               ; RSAR0/1: address 0
    out dx, al
    inc dx
    out dx, al
    mov dx, 0x300
    mov al, 0x0a                ; start, remote read
    out dx, al
    mov si, msg_mac
    call puts
    mov cx, 6
    mov dx, 0x310               ; data port
.byte:
    in al, dx
    call hex8
    in al, dx                   ; the duplicate
    cmp cx, 1
    je .last
    mov al, ':'
    call putc
.last:
    loop .byte
    jmp crlf
.none:
    mov si, msg_none
    call puts
    ret

; Sound Blaster 16 at 0x220: DSP reset (0xAA), then its version (command 0xE1):
; "sb16 220 dsp MM.mm", or "sb16 220 none".
sb16_probe:
    mov si, msg_sb16
    call puts
    mov dx, 0x226
    mov al, 1
    out dx, al
    mov cx, 100
.delay:
    in al, 0x80
    loop .delay
    xor al, al
    out dx, al
    call dsp_read
    jc .none
    cmp al, 0xaa
    jne .none
    mov dx, 0x22c
.busy:
    in al, dx
    test al, 0x80
    jnz .busy
    mov al, 0xe1
    out dx, al
    mov si, msg_dsp
    call puts
    call dsp_read
    call hex8
    mov al, '.'
    call putc
    call dsp_read
    call hex8
    jmp crlf
.none:
    mov si, msg_none
    call puts
    ret

dsp_read:                       ; AL = next DSP byte; CF set when none comes
    mov dx, 0x22e
    mov cx, 0xffff
.poll:
    in al, dx
    test al, 0x80
    jnz .ready
    loop .poll
    stc
    ret
.ready:
    mov dx, 0x22a
    in al, dx
    clc
    ret

msg_guest:     db 'EMANON: guest dos-boot', 13, 10, 0
msg_boot:      db 'EMANON: boot-drive ', 0
msg_cpuid:     db 'EMANON: cpuid level=', 0
msg_family:    db ' family=', 0
msg_model:     db ' model=', 0
msg_vendor:    db ' vendor=', 0
msg_equipment: db 'EMANON: equipment ', 0
msg_ext:       db 'EMANON: ext-kib ', 0
msg_pci:       db 'EMANON: pci ', 0
msg_ne2000:    db 'EMANON: ne2000 300', 0
msg_mac:       db ' mac ', 0
msg_sb16:      db 'EMANON: sb16 220', 0
msg_dsp:       db ' dsp ', 0
msg_none:      db ' none', 13, 10, 0
msg_done:      db 'EMANON: done', 13, 10, 0
vendor:        times 13 db 0

    times 2560 - ($ - $$) db 0
