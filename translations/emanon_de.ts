<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccelProbe</name>
    <message>
        <source>TCG: /dev/kvm is missing or not accessible to this user (add yourself to the kvm group for hardware acceleration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG: /dev/kvm exists but the CPU has no VT-x/AMD-V (vmx/svm), so the kernel emulates KVM in software; guests run faster under TCG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG: the KVM calibration run failed, so KVM cannot be trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG: KVM is available but slower than TCG in the calibration run (%1 ms against %2 ms); it is probably nested or emulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: the CPU has hardware virtualization and KVM was faster than TCG in the calibration run (%1 ms against %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not be started for calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 calibration run did not finish in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 calibration run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG: chosen by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM was asked for, but /dev/kvm is missing or not accessible. Choose automatic or TCG acceleration, or add yourself to the kvm group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: chosen by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: chosen by the user, although the CPU has no VT-x/AMD-V; guests may run very slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration must be auto, kvm or tcg, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::BootSettingsPage</name>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation type="unfinished">Startreihenfolge</translation>
    </message>
    <message>
        <source>Hard disk, then CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD, then hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy, hard disk, CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy, CD, hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard disk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished">Netzwerk</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;boot menu (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished">Kernel</translation>
    </message>
    <message>
        <source>Boot from the disks (no kernel file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial RAM disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial RAM disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel &amp;command line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ConsoleWindow</name>
    <message>
        <source>%1 — Emanon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run state</source>
        <translation type="unfinished">Laufzustand</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished">Beschleuniger</translation>
    </message>
    <message>
        <source>Screen of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a key combination to the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM has no SPICE display; only its serial console is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB devices of the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Emanon (press %2 to release the pointer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key combination hands the pointer and keyboard back from the VM. Change it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::DetailsPane</name>
    <message>
        <source>NAT (%1)</source>
        <translation>NAT (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n port forward(s)</source>
        <translation>
            <numerusform>, %n Portweiterleitung</numerusform>
            <numerusform>, %n Portweiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Diskette</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>VM details</source>
        <translation>VM-Details</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Laufzustand</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Hardware summary</source>
        <translation>Hardware-Übersicht</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>On host</source>
        <translation>Auf dem Host</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Letzte Protokollzeilen</translation>
    </message>
    <message>
        <source>Recent QEMU log</source>
        <translation>Letzte Zeilen des QEMU-Protokolls</translation>
    </message>
    <message>
        <source>No virtual machines yet</source>
        <translation>Noch keine virtuellen Maschinen</translation>
    </message>
    <message>
        <source>No VM selected</source>
        <translation>Keine VM ausgewählt</translation>
    </message>
    <message>
        <source>Click New to create your first virtual machine, or Import to bring one in.</source>
        <translation>Klicken Sie auf „Neu“, um Ihre erste virtuelle Maschine zu erstellen, oder auf „Importieren“, um eine zu übernehmen.</translation>
    </message>
    <message>
        <source>Select a VM in the list to see its details.</source>
        <translation>Wählen Sie eine VM in der Liste, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>This VM&apos;s definition cannot be read: %1</source>
        <translation>Die Definition dieser VM kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 with %2 (%3)</source>
        <translation>%1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>%1, %2 firmware, ACPI %3</source>
        <translation>%1, %2-Firmware, ACPI %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Wechselmedien</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>Keine Festplatten</translation>
    </message>
    <message>
        <source>No log yet: the VM has not run.</source>
        <translation>Noch kein Protokoll: Die VM ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Last screen of the VM</source>
        <translation>Letzter Bildschirm der VM</translation>
    </message>
</context>
<context>
    <name>App::DevicesSettingsPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard VGA (Bochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cirrus Logic GD5446</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware SVGA II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QXL (SPICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Keine</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display server (SPICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE display server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix, or tcp:ADDRESS:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound Blaster 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound Blaster 16 with AdLib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensoniq AudioPCI (ES1370)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC&apos;97</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel HD Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 1.1 (UHCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 2.0 (EHCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 3.0 (xHCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;USB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB &amp;tablet (the pointer follows the mouse exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rial ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE &amp;agent channel (shared clipboard, resize with the window)</source>
        <translation>SPICE-&amp;Agent-Kanal (gemeinsame Zwischenablage, Größe mit dem Fenster ändern)</translation>
    </message>
    <message>
        <source>SPICE agent channel</source>
        <translation>SPICE-Agent-Kanal</translation>
    </message>
    <message>
        <source>Needs spice-vdagent in the guest (spice-guest-tools on Windows). Legacy guests have no driver for it and show an unknown device.</source>
        <translation>Benötigt spice-vdagent im Gast (spice-guest-tools unter Windows). Ältere Gäste haben keinen Treiber dafür und zeigen ein unbekanntes Gerät.</translation>
    </message>
</context>
<context>
    <name>App::DiskPage</name>
    <message>
        <source>Hard disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Create a new disk, use an image you have, or pass a disk of this computer through.</source>
        <translation>Erstellen Sie eine neue Festplatte, verwenden Sie ein vorhandenes Abbild oder reichen Sie eine Festplatte dieses Computers durch.</translation>
    </message>
    <message>
        <source>Size of the new disk</source>
        <translation>Größe der neuen Festplatte</translation>
    </message>
    <message>
        <source>e.g. 8 GiB or 500 MiB</source>
        <translation>z. B. 8 GiB oder 500 MiB</translation>
    </message>
    <message>
        <source>Create a &amp;new disk (qcow2, grows as it is used)</source>
        <translation>&amp;Neue Festplatte erstellen (qcow2, wächst bei Bedarf)</translation>
    </message>
    <message>
        <source>Existing disk image</source>
        <translation>Vorhandenes Festplattenabbild</translation>
    </message>
    <message>
        <source>Choose Disk Image</source>
        <translation>Festplattenabbild wählen</translation>
    </message>
    <message>
        <source>Use the image where it is (changes go into that file)</source>
        <translation>Das Abbild an seinem Ort verwenden (Änderungen gehen in diese Datei)</translation>
    </message>
    <message>
        <source>Use the image where it is</source>
        <translation>Das Abbild an seinem Ort verwenden</translation>
    </message>
    <message>
        <source>Copy it into the VM as a qcow2 image (the original stays untouched)</source>
        <translation>Als qcow2-Abbild in die VM kopieren (das Original bleibt unverändert)</translation>
    </message>
    <message>
        <source>Copy it into the VM as qcow2</source>
        <translation>Als qcow2 in die VM kopieren</translation>
    </message>
    <message>
        <source>Use an &amp;existing image (qcow2, raw, VMDK, VDI, VHD, VHDX)</source>
        <translation>&amp;Vorhandenes Abbild verwenden (qcow2, raw, VMDK, VDI, VHD, VHDX)</translation>
    </message>
    <message>
        <source>Host disk or partition</source>
        <translation>Host-Festplatte oder -Partition</translation>
    </message>
    <message>
        <source>/dev/sdb or /dev/sdb1</source>
        <translation>/dev/sdb oder /dev/sdb1</translation>
    </message>
    <message>
        <source>Choose Host Disk</source>
        <translation>Host-Festplatte wählen</translation>
    </message>
    <message>
        <source>&amp;Read-only (recommended)</source>
        <translation>&amp;Schreibgeschützt (empfohlen)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Pass a &amp;host disk or partition through</source>
        <translation>&amp;Host-Festplatte oder -Partition durchreichen</translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation>&amp;Keine Festplatte</translation>
    </message>
    <message>
        <source>Problem with the disk</source>
        <translation>Problem mit der Festplatte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation>Festplattenabbilder (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 image, %2 (%3 on disk)</source>
        <translation>%1-Abbild, %2 (%3 belegt)</translation>
    </message>
    <message>
        <source>Enter the disk&apos;s size, at least 1 MiB (e.g. 8 GiB or 500 MiB).</source>
        <translation>Geben Sie die Größe der Festplatte ein, mindestens 1 MiB (z. B. 8 GiB oder 500 MiB).</translation>
    </message>
    <message>
        <source>Choose the disk image to use.</source>
        <translation>Wählen Sie das zu verwendende Festplattenabbild.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the host disk or partition, e.g. /dev/sdb.</source>
        <translation>Geben Sie die Host-Festplatte oder -Partition ein, z. B. /dev/sdb.</translation>
    </message>
    <message>
        <source>You may not read %1. Add yourself to the group that owns it (often “disk”) and log in again.</source>
        <translation>Sie dürfen %1 nicht lesen. Treten Sie der Gruppe bei, der es gehört (oft „disk“), und melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>The guest sees the disk as it is on this computer, but cannot change it.</source>
        <translation>Der Gast sieht die Festplatte so, wie sie auf diesem Computer ist, kann sie aber nicht ändern.</translation>
    </message>
    <message>
        <source>Warning: the guest writes to this disk directly. Never let a VM write to a disk or partition this computer has mounted: both would corrupt it.</source>
        <translation>Warnung: Der Gast schreibt direkt auf diese Festplatte. Lassen Sie nie eine VM auf eine Festplatte oder Partition schreiben, die dieser Computer eingehängt hat: Beide würden sie beschädigen.</translation>
    </message>
    <message>
        <source>IDE and SATA disks cannot be read-only, so it is attached to a SCSI controller: the guest needs a SCSI driver.</source>
        <translation>IDE- und SATA-Festplatten können nicht schreibgeschützt sein, daher wird sie an einen SCSI-Controller angeschlossen: Der Gast braucht einen SCSI-Treiber.</translation>
    </message>
</context>
<context>
    <name>App::ExportApplianceDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>OVA appliance: one file for VirtualBox, VMware and others</source>
        <translation>OVA-Appliance: eine Datei für VirtualBox, VMware und andere</translation>
    </message>
    <message>
        <source>OVF folder: .ovf, .mf and disk files side by side</source>
        <translation>OVF-Ordner: .ovf-, .mf- und Festplattendateien nebeneinander</translation>
    </message>
    <message>
        <source>Emanon zip bundle: everything, snapshots included</source>
        <translation>Emanon-ZIP-Bündel: alles, samt Snapshots</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>OVF version</source>
        <translation>OVF-Version</translation>
    </message>
    <message>
        <source>OVF 1.0 (accepted by most tools)</source>
        <translation>OVF 1.0 (von den meisten Programmen akzeptiert)</translation>
    </message>
    <message>
        <source>OVF 2.0</source>
        <translation>OVF 2.0</translation>
    </message>
    <message>
        <source>OVF &amp;version:</source>
        <translation>OVF-&amp;Version:</translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <translation>Prüfsumme des Manifests</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SHA1 (for older tools)</source>
        <translation>SHA1 (für ältere Programme)</translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation>&amp;Manifest:</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>The current state</source>
        <translation>Der aktuelle Zustand</translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation>Snapshot „%1“</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>E&amp;xportieren:</translation>
    </message>
    <message>
        <source>&amp;Sign the appliance</source>
        <translation>Appliance &amp;signieren</translation>
    </message>
    <message>
        <source>Sign the appliance</source>
        <translation>Appliance signieren</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>Privater &amp;Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>&amp;Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse: %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>App::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished">Betriebssystem</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::HardwarePage</name>
    <message>
        <source>Memory and processors</source>
        <translation>Arbeitsspeicher und Prozessoren</translation>
    </message>
    <message>
        <source>How much of this computer the VM may use while it runs.</source>
        <translation>Wie viel dieses Computers die VM nutzen darf, während sie läuft.</translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation>Arbeitsspeicher in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>&amp;Prozessoren:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %2 MiB and can use up to %3 MiB and %n processor(s). This computer has %4 MiB and %5 processors.</source>
        <translation>
            <numerusform>%1 braucht mindestens %2 MiB und kann bis zu %3 MiB und %n Prozessor nutzen. Dieser Computer hat %4 MiB und %5 Prozessoren.</numerusform>
            <numerusform>%1 braucht mindestens %2 MiB und kann bis zu %3 MiB und %n Prozessoren nutzen. Dieser Computer hat %4 MiB und %5 Prozessoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot use more than %2 MiB of memory; the rest is wasted, and some versions do not boot with more.</source>
        <translation>%1 kann nicht mehr als %2 MiB Arbeitsspeicher nutzen; der Rest ist verschwendet, und manche Versionen starten mit mehr nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 uses at most %n processor(s); the others stay idle.</source>
        <translation>
            <numerusform>%1 nutzt höchstens %n Prozessor; die anderen bleiben untätig.</numerusform>
            <numerusform>%1 nutzt höchstens %n Prozessoren; die anderen bleiben untätig.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than three quarters of this computer&apos;s memory; the host may become slow.</source>
        <translation>Das ist mehr als drei Viertel des Arbeitsspeichers dieses Computers; der Host kann langsam werden.</translation>
    </message>
</context>
<context>
    <name>App::HostPanel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation>Beschleuniger:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Why this accelerator</source>
        <translation>Warum dieser Beschleuniger</translation>
    </message>
    <message>
        <source>QEMU:</source>
        <translation>QEMU:</translation>
    </message>
    <message>
        <source>QEMU version</source>
        <translation>QEMU-Version</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>App::ImportApplianceWizard</name>
    <message>
        <source>Import Appliance</source>
        <translation>Appliance importieren</translation>
    </message>
    <message>
        <source>Import appliance</source>
        <translation>Appliance importieren</translation>
    </message>
</context>
<context>
    <name>App::ImportEulaPage</name>
    <message>
        <source>License agreement %1 of %2</source>
        <translation>Lizenzvereinbarung %1 von %2</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>Lizenzvereinbarung</translation>
    </message>
    <message>
        <source>The appliance can only be imported if you accept its license.</source>
        <translation>Die Appliance kann nur importiert werden, wenn Sie ihre Lizenz akzeptieren.</translation>
    </message>
    <message>
        <source>License agreement text</source>
        <translation>Text der Lizenzvereinbarung</translation>
    </message>
    <message>
        <source>I &amp;accept this license agreement</source>
        <translation>Ich &amp;akzeptiere diese Lizenzvereinbarung</translation>
    </message>
    <message>
        <source>I accept this license agreement</source>
        <translation>Ich akzeptiere diese Lizenzvereinbarung</translation>
    </message>
    <message>
        <source>&amp;Decline and stop the import</source>
        <translation>&amp;Ablehnen und den Import beenden</translation>
    </message>
    <message>
        <source>Decline the license and stop the import</source>
        <translation>Die Lizenz ablehnen und den Import beenden</translation>
    </message>
</context>
<context>
    <name>App::ImportFilePage</name>
    <message>
        <source>Appliance file</source>
        <translation>Appliance-Datei</translation>
    </message>
    <message>
        <source>An OVA, an OVF with its files beside it, or an Emanon zip bundle. You can also drop the file onto the main window.</source>
        <translation>Eine OVA, eine OVF mit ihren Dateien daneben oder ein Emanon-ZIP-Bündel. Sie können die Datei auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the appliance file</source>
        <translation>Nach der Appliance-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import Appliance</source>
        <translation>Appliance importieren</translation>
    </message>
    <message>
        <source>Appliances (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>Appliances (*.ova *.ovf *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>App::ImportNamePage</name>
    <message>
        <source>Name and location</source>
        <translation>Name und Ort</translation>
    </message>
    <message>
        <source>The name of the new VM, and the guest profile that decides its devices.</source>
        <translation>Der Name der neuen VM und das Gastprofil, das ihre Geräte bestimmt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Guest profile</source>
        <translation>Gastprofil</translation>
    </message>
    <message>
        <source>Guest &amp;profile:</source>
        <translation>Gast&amp;profil:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>As the appliance says: %1</source>
        <translation>Wie von der Appliance angegeben: %1</translation>
    </message>
    <message>
        <source>Enter a name for the VM.</source>
        <translation>Geben Sie einen Namen für die VM ein.</translation>
    </message>
    <message>
        <source>A VM called “%1” already exists. Choose another name.</source>
        <translation>Eine VM namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>App::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import stage</source>
        <translation>Importschritt</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation>„%1“ wurde nach %2 importiert.</translation>
    </message>
    <message>
        <source>The import was canceled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed: %1
Nothing was imported.</source>
        <translation>Der Import ist fehlgeschlagen: %1
Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>App::ImportReportPage</name>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>How the appliance&apos;s hardware maps onto Emanon, what is left out or chosen instead, and whether its files can be trusted.</source>
        <translation>Wie die Hardware der Appliance auf Emanon abgebildet wird, was ausgelassen oder ersetzt wird und ob ihren Dateien zu trauen ist.</translation>
    </message>
    <message>
        <source>Problem with the appliance</source>
        <translation>Problem mit der Appliance</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Verify the files against the appliance&apos;s manifest and signature (recommended)</source>
        <translation>Dateien anhand von Manifest und Signatur der Appliance &amp;prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Verify the files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <source>Verification is off</source>
        <translation>Prüfung ist aus</translation>
    </message>
    <message>
        <source>VERIFICATION IS OFF: the files will not be checked against the manifest or the signature. A damaged or tampered appliance will be imported as it is.</source>
        <translation>PRÜFUNG IST AUS: Die Dateien werden nicht mit Manifest und Signatur abgeglichen. Eine beschädigte oder manipulierte Appliance wird unverändert importiert.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Guest profile</source>
        <translation>Gastprofil</translation>
    </message>
    <message>
        <source>Appliance&apos;s OS</source>
        <translation>Betriebssystem der Appliance</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <source>a new blank disk of %1 MiB</source>
        <translation>eine neue leere Festplatte mit %1 MiB</translation>
    </message>
    <message>
        <source>%1 (%2 MiB), converted to qcow2</source>
        <translation>%1 (%2 MiB), in qcow2 umgewandelt</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 license agreement(s) to accept on the next page(s).</source>
        <translation>%1 Lizenzvereinbarung(en) auf den nächsten Seiten zu akzeptieren.</translation>
    </message>
</context>
<context>
    <name>App::LibraryActions</name>
    <message>
        <source>Could not remove the VM from the list</source>
        <translation>Die VM konnte nicht aus der Liste entfernt werden</translation>
    </message>
    <message>
        <source>&amp;Add Existing VM…</source>
        <translation>Vorhandene VM &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>List a VM folder (.emanon) from another place, such as another disk; its files stay where they are</source>
        <translation>Einen VM-Ordner (.emanon) von einem anderen Ort, etwa einer anderen Festplatte, auflisten; seine Dateien bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <source>Select a virtual machine first.</source>
        <translation>Wählen Sie zuerst eine virtuelle Maschine aus.</translation>
    </message>
    <message>
        <source>Stop listing this VM; its folder and disks stay where they are</source>
        <translation>Diese VM nicht mehr auflisten; ihr Ordner und ihre Festplatten bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>This VM is in the default library folder, which is always listed. Delete it, or move its folder elsewhere.</source>
        <translation>Diese VM liegt im Standard-Bibliotheksordner, der immer aufgelistet wird. Löschen Sie sie oder verschieben Sie ihren Ordner an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The new VM could not be added to the list</source>
        <translation>Die neue VM konnte nicht zur Liste hinzugefügt werden</translation>
    </message>
    <message>
        <source>Add an existing VM: choose its .emanon folder</source>
        <translation>Vorhandene VM hinzufügen: Wählen Sie ihren .emanon-Ordner</translation>
    </message>
    <message>
        <source>Could not add the VM</source>
        <translation>Die VM konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message>
        <source>Emanon</source>
        <translation>Emanon</translation>
    </message>
    <message>
        <source>Emanon virtual machines</source>
        <translation>Emanon – virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search virtual machines</source>
        <translation>Virtuelle Maschinen durchsuchen</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Measure the &amp;Accelerator Again</source>
        <translation>&amp;Beschleuniger neu messen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Emanon</source>
        <translation>&amp;Über Emanon</translation>
    </message>
    <message>
        <source>About Emanon</source>
        <translation>Über Emanon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Emanon %1&lt;/h3&gt;&lt;p&gt;A desktop hypervisor that keeps old systems alive and remembers every state they were in.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Emanon %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Hypervisor, der alte Systeme am Leben hält und sich an jeden ihrer Zustände erinnert.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s)</source>
        <translation>
            <numerusform>%n virtuelle Maschine</numerusform>
            <numerusform>%n virtuelle Maschinen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Snapshots</source>
        <translation>%1 – Snapshots</translation>
    </message>
    <message>
        <source>Could not read the snapshots of %1</source>
        <translation>Die Snapshots von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not change the default library folder</source>
        <translation>Der Standard-Bibliotheksordner konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>App::MediaPage</name>
    <message>
        <source>Installation media</source>
        <translation>Installationsmedien</translation>
    </message>
    <message>
        <source>CD/DVD image</source>
        <translation>CD/DVD-Abbild</translation>
    </message>
    <message>
        <source>No CD inserted</source>
        <translation>Keine CD eingelegt</translation>
    </message>
    <message>
        <source>&amp;CD/DVD image:</source>
        <translation>&amp;CD/DVD-Abbild:</translation>
    </message>
    <message>
        <source>Choose CD/DVD Image</source>
        <translation>CD/DVD-Abbild wählen</translation>
    </message>
    <message>
        <source>CD/DVD images (*.iso);;All files (*)</source>
        <translation>CD/DVD-Abbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Floppy image</source>
        <translation>Diskettenabbild</translation>
    </message>
    <message>
        <source>No floppy inserted</source>
        <translation>Keine Diskette eingelegt</translation>
    </message>
    <message>
        <source>&amp;Floppy image:</source>
        <translation>&amp;Diskettenabbild:</translation>
    </message>
    <message>
        <source>Choose Floppy Image</source>
        <translation>Diskettenabbild wählen</translation>
    </message>
    <message>
        <source>Floppy images (*.img *.ima *.flp *.vfd);;All files (*)</source>
        <translation>Diskettenabbilder (*.img *.ima *.flp *.vfd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Problem with the media</source>
        <translation>Problem mit den Medien</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Auswerfen</translation>
    </message>
    <message>
        <source>Eject %1</source>
        <translation>%1 auswerfen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file you may read.</source>
        <translation>%1 ist keine Datei, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is larger than any floppy disk (at most 2.88 MB).</source>
        <translation>%1 ist größer als jede Diskette (höchstens 2,88 MB).</translation>
    </message>
    <message>
        <source>Insert the CD or floppy to install from. Both are optional and can be changed later in the VM&apos;s settings.</source>
        <translation>Legen Sie die CD oder Diskette ein, von der installiert wird. Beide sind optional und können später in den Einstellungen der VM geändert werden.</translation>
    </message>
</context>
<context>
    <name>App::MoveToHostDialog</name>
    <message>
        <source>Move %1 to Another Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live: the guest keeps running while it moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick: suspend, copy everything, resume there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick: copy the VM with its disks and snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running VM can be moved live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other Emanon host is known yet. Add one: it is reached over SSH with a key that needs no password, and needs Emanon installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves this computer once it runs on the other host; until then it stays here, and a failed move leaves it running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh&apos;s default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::NamePage</name>
    <message>
        <source>Name and location</source>
        <translation>Name und Speicherort</translation>
    </message>
    <message>
        <source>The name identifies the VM in the list and on the command line.</source>
        <translation>Der Name kennzeichnet die VM in der Liste und auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Enter a name for the VM.</source>
        <translation>Geben Sie einen Namen für die VM ein.</translation>
    </message>
    <message>
        <source>A VM called “%1” already exists. Choose another name.</source>
        <translation>Eine VM namens „%1“ gibt es schon. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The VM&apos;s folder is created here. VMs outside the default library folder stay in the list.</source>
        <translation>Der Ordner der VM wird hier angelegt. VMs außerhalb des Standard-Bibliotheksordners bleiben in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder for the new VM</source>
        <translation>Ordner für die neue VM</translation>
    </message>
    <message>
        <source>Give the folder as a full path, for example %1.</source>
        <translation>Geben Sie den Ordner als vollständigen Pfad an, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>App::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>With NAT the guest reaches the network through this computer; other computers reach the guest only through the ports you forward.</source>
        <translation>Mit NAT erreicht der Gast das Netzwerk über diesen Computer; andere Computer erreichen den Gast nur über die weitergeleiteten Ports.</translation>
    </message>
    <message>
        <source>&amp;NAT (shared with this computer)</source>
        <translation>&amp;NAT (mit diesem Computer geteilt)</translation>
    </message>
    <message>
        <source>NAT network</source>
        <translation>NAT-Netzwerk</translation>
    </message>
    <message>
        <source>No net&amp;work</source>
        <translation>&amp;Kein Netzwerk</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Intel PRO/1000 (e1000)</source>
        <translation>Intel PRO/1000 (e1000)</translation>
    </message>
    <message>
        <source>Realtek RTL8139</source>
        <translation>Realtek RTL8139</translation>
    </message>
    <message>
        <source>AMD PCnet</source>
        <translation>AMD PCnet</translation>
    </message>
    <message>
        <source>NE2000 PCI</source>
        <translation>NE2000 PCI</translation>
    </message>
    <message>
        <source>NE2000 ISA</source>
        <translation>NE2000 ISA</translation>
    </message>
    <message>
        <source>virtio (paravirtual)</source>
        <translation>virtio (paravirtualisiert)</translation>
    </message>
    <message>
        <source>Network &amp;card:</source>
        <translation>Netzwerk&amp;karte:</translation>
    </message>
    <message>
        <source>&amp;Port forwards (host → guest):</source>
        <translation>&amp;Portweiterleitungen (Host → Gast):</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Guest port</source>
        <translation>Gast-Port</translation>
    </message>
    <message>
        <source>&amp;Add Forward</source>
        <translation>Weiterleitung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Forward</source>
        <translation>Weiterleitung &amp;entfernen</translation>
    </message>
    <message>
        <source>Problem with the network</source>
        <translation>Problem mit dem Netzwerk</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Host port %1 (%2) is forwarded twice.</source>
        <translation>Host-Port %1 (%2) wird doppelt weitergeleitet.</translation>
    </message>
    <message>
        <source>Host port %1 is below 1024; only the administrator may open it. Use a port from 1024 up.</source>
        <translation>Host-Port %1 liegt unter 1024; nur der Administrator darf ihn öffnen. Verwenden Sie einen Port ab 1024.</translation>
    </message>
</context>
<context>
    <name>App::NetworkSettingsPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished">Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Connect a network card (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT network</source>
        <translation type="unfinished">NAT-Netzwerk</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Intel PRO/1000 (e1000)</source>
        <translation type="unfinished">Intel PRO/1000 (e1000)</translation>
    </message>
    <message>
        <source>Realtek RTL8139</source>
        <translation type="unfinished">Realtek RTL8139</translation>
    </message>
    <message>
        <source>AMD PCnet</source>
        <translation type="unfinished">AMD PCnet</translation>
    </message>
    <message>
        <source>NE2000 PCI</source>
        <translation type="unfinished">NE2000 PCI</translation>
    </message>
    <message>
        <source>NE2000 ISA</source>
        <translation type="unfinished">NE2000 ISA</translation>
    </message>
    <message>
        <source>virtio (paravirtual)</source>
        <translation type="unfinished">virtio (paravirtualisiert)</translation>
    </message>
    <message>
        <source>Network &amp;card:</source>
        <translation type="unfinished">Netzwerk&amp;karte:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation type="unfinished">Portweiterleitungen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port</source>
        <translation type="unfinished">Host-Port</translation>
    </message>
    <message>
        <source>Guest port</source>
        <translation type="unfinished">Gast-Port</translation>
    </message>
    <message>
        <source>&amp;Port forwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Forward</source>
        <translation type="unfinished">Weiterleitung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Forward</source>
        <translation type="unfinished">Weiterleitung &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>App::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>App::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Release hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands the pointer and keyboard back from a VM&apos;s screen (also in emanon-viewer). Hotkey+F toggles full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release hotkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New VMs go here unless you pick another folder. VMs in the previous folder stay in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the default library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;library folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On quit, &amp;suspend the running VMs (they resume where they were on their next start)</source>
        <translation>Beim Beenden laufende VMs &amp;unterbrechen (sie setzen beim nächsten Start dort fort, wo sie waren)</translation>
    </message>
    <message>
        <source>Otherwise running VMs keep running after Emanon quits.</source>
        <translation>Andernfalls laufen laufende VMs nach dem Beenden von Emanon weiter.</translation>
    </message>
    <message>
        <source>Could not save the USB list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ProfilePage</name>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Choose the system you will install. Emanon sets up period hardware it has drivers for; you can change every setting later.</source>
        <translation>Wählen Sie das System, das Sie installieren werden. Emanon richtet zeitgemäße Hardware ein, für die es Treiber hat; jede Einstellung lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>What this profile sets up</source>
        <translation>Was dieses Profil einrichtet</translation>
    </message>
    <message>
        <source>Choose an operating system from the list.</source>
        <translation>Wählen Sie ein Betriebssystem aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 CPU, %3 graphics, %4 network card, %5 disks. Memory %6–%7 MiB (default %8 MiB), at most %n processor(s).</source>
        <translation>
            <numerusform>%1: CPU %2, Grafik %3, Netzwerkkarte %4, %5-Festplatten. Arbeitsspeicher %6–%7 MiB (Vorgabe %8 MiB), höchstens %n Prozessor.</numerusform>
            <numerusform>%1: CPU %2, Grafik %3, Netzwerkkarte %4, %5-Festplatten. Arbeitsspeicher %6–%7 MiB (Vorgabe %8 MiB), höchstens %n Prozessoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes for this operating system</source>
        <translation>Hinweise zu diesem Betriebssystem</translation>
    </message>
    <message>
        <source>Installation guide for legacy systems...</source>
        <translation>Installationsanleitung für ältere Systeme...</translation>
    </message>
    <message>
        <source>Open the installation guide for legacy systems</source>
        <translation>Installationsanleitung für ältere Systeme öffnen</translation>
    </message>
    <message>
        <source>Legacy guests: profiles, installation and known problems</source>
        <translation>Ältere Gastsysteme: Profile, Installation und bekannte Probleme</translation>
    </message>
    <message>
        <source>Installation guide</source>
        <translation>Installationsanleitung</translation>
    </message>
    <message>
        <source>The guide is missing from this build of Emanon.</source>
        <translation>Die Anleitung fehlt in diesem Build von Emanon.</translation>
    </message>
</context>
<context>
    <name>App::ResolutionMenu</name>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent switches the guest now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest agent: the card offers this mode from the next start; the guest still chooses its mode itself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest agent, and this graphics card cannot offer a mode: set the resolution inside the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card&apos;s Default Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Guest with Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the SPICE agent (spice-vdagent) in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest switches to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the card offers its default mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the card offers %1 to the guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::SerialConsoleView</name>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::SnapshotBrowser</name>
    <message>
        <source>Snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot at the time of the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that differ from now (then -&gt; now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that differ from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running machine (memory %1), guest time %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks only (the VM was off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: this snapshot was made outside Emanon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the settings are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the VM&apos;s present state as a new snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the selected snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to &quot;%2&quot;? Its present state is lost unless you take a snapshot of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; and the %n snapshot(s) below it? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The snapshots below it move up to its parent. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::SnapshotTreeModel</name>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s present state. Taking a snapshot adds it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::StorageSettingsPage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation type="unfinished">Auswerfen</translation>
    </message>
    <message>
        <source>Eject %1</source>
        <translation type="unfinished">%1 auswerfen</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished">Festplatten</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished">Festplatte</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished">Schreibgeschützt</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation type="unfinished">Wechselmedien</translation>
    </message>
    <message>
        <source>CD/DVD image</source>
        <translation type="unfinished">CD/DVD-Abbild</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CD/DVD image:</source>
        <translation type="unfinished">&amp;CD/DVD-Abbild:</translation>
    </message>
    <message>
        <source>Choose CD/DVD Image</source>
        <translation type="unfinished">CD/DVD-Abbild wählen</translation>
    </message>
    <message>
        <source>Floppy image</source>
        <translation type="unfinished">Diskettenabbild</translation>
    </message>
    <message>
        <source>&amp;Floppy image:</source>
        <translation type="unfinished">&amp;Diskettenabbild:</translation>
    </message>
    <message>
        <source>Choose Floppy Image</source>
        <translation type="unfinished">Diskettenabbild wählen</translation>
    </message>
    <message>
        <source>Format of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary of the new VM</source>
        <translation>Zusammenfassung der neuen VM</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it has been created</source>
        <translation>Die VM nach dem Erstellen &amp;starten</translation>
    </message>
    <message>
        <source>Start the VM when it has been created</source>
        <translation>Die VM nach dem Erstellen starten</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>What the guest system will not like</source>
        <translation>Was dem Gastsystem nicht gefällt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Check your choices. Press Back to change one, Create to make the VM.</source>
        <translation>Prüfen Sie Ihre Angaben. „Zurück“ ändert eine, „Erstellen“ erstellt die VM.</translation>
    </message>
</context>
<context>
    <name>App::SystemSettingsPage</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation type="unfinished">Arbeitsspeicher in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished">&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation type="unfinished">&amp;Prozessoren:</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU 64-bit (qemu64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU 32-bit (qemu32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer (host, KVM only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. level=3,-hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC with i440FX chipset (1996)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC with Q35 chipset (2009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA-only PC (no PCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac&amp;hine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished">Beschleuniger</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG (software emulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;CPI (power button, shutdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HPET timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPET timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (Linux, BSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (DOS, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware &amp;clock:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::UsbMenu</name>
    <message>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect %1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB in this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB devices available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulated devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug In USB Stick Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug In USB Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug In USB Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not plug in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB Stick Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images (*.img *.raw *.qcow2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::UsbNeverListWidget</name>
    <message>
        <source>USB devices never given to a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to keep on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 046d:c31c for the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::UsbSettingsPage</name>
    <message>
        <source>USB redirection slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many host devices the screen&apos;s USB redirection can give the VM at once. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirection slots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: devices this VM gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Connect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>046d:c52b, class:08, bus:1-2.3, serial:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection (SPICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passthrough (QEMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect matching devices when the VM starts and when they are plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s USB devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule for This &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not use this device yet: see docs/usb.md for the udev rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::VmActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Power Off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Snaps&amp;hots</source>
        <translation>Snaps&amp;hots</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen …</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation>Eine neue virtuelle Maschine erstellen</translation>
    </message>
    <message>
        <source>Could not resume %1</source>
        <translation>%1 konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Could not pause %1</source>
        <translation>%1 konnte nicht pausiert werden</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>%1 konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Could not power off %1</source>
        <translation>%1 konnte nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <source>Could not reset %1</source>
        <translation>%1 konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Select a virtual machine first.</source>
        <translation>Wählen Sie zuerst eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>This VM&apos;s definition cannot be read: %1</source>
        <translation>Die Definition dieser VM kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start the virtual machine</source>
        <translation>Die virtuelle Maschine starten</translation>
    </message>
    <message>
        <source>Resume the virtual machine</source>
        <translation>Die virtuelle Maschine fortsetzen</translation>
    </message>
    <message>
        <source>Pause the virtual machine</source>
        <translation>Die virtuelle Maschine pausieren</translation>
    </message>
    <message>
        <source>Press the power button; the power is cut if the guest does not shut down within a minute</source>
        <translation>Den Netzschalter drücken; fährt der Gast nicht innerhalb einer Minute herunter, wird der Strom abgeschaltet</translation>
    </message>
    <message>
        <source>Cut the power at once</source>
        <translation>Den Strom sofort abschalten</translation>
    </message>
    <message>
        <source>Reset the virtual machine</source>
        <translation>Die virtuelle Maschine zurücksetzen</translation>
    </message>
    <message>
        <source>Open the console of the virtual machine</source>
        <translation>Die Konsole der virtuellen Maschine öffnen</translation>
    </message>
    <message>
        <source>The console is available while the VM runs.</source>
        <translation>Die Konsole ist verfügbar, während die VM läuft.</translation>
    </message>
    <message>
        <source>Change the virtual machine&apos;s settings</source>
        <translation>Die Einstellungen der virtuellen Maschine ändern</translation>
    </message>
    <message>
        <source>Move the virtual machine to the library&apos;s trash</source>
        <translation>Die virtuelle Maschine in den Papierkorb der Bibliothek verschieben</translation>
    </message>
    <message>
        <source>A running VM cannot be deleted. Stop it first.</source>
        <translation>Eine laufende VM kann nicht gelöscht werden. Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Move the virtual machine “%1” and its disks to the library&apos;s trash?</source>
        <translation>Die virtuelle Maschine „%1“ und ihre Festplatten in den Papierkorb der Bibliothek verschieben?</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Take, revert to and browse the VM&apos;s snapshots</source>
        <translation>Snapshots der VM anlegen, wiederherstellen und durchsehen</translation>
    </message>
    <message>
        <source>Import an OVA, OVF or zip appliance as a new VM</source>
        <translation>Eine OVA-, OVF- oder Zip-Appliance als neue VM importieren</translation>
    </message>
    <message>
        <source>Export the virtual machine as an OVA, OVF or zip appliance</source>
        <translation>Die virtuelle Maschine als OVA-, OVF- oder Zip-Appliance exportieren</translation>
    </message>
    <message>
        <source>A running VM cannot be exported. Stop it first.</source>
        <translation>Eine laufende VM kann nicht exportiert werden. Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <source>Discard Saved State…</source>
        <translation>Gespeicherten Zustand verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Move to Host…</source>
        <translation>Auf anderen &amp;Host verschieben…</translation>
    </message>
    <message>
        <source>This VM is the template of the linked clones %1: starting it would change the disks they read. Start a clone instead.</source>
        <translation>Diese VM ist die Vorlage der verknüpften Klone %1: Ein Start würde die Festplatten ändern, die sie lesen. Starten Sie stattdessen einen Klon.</translation>
    </message>
    <message>
        <source>Resume the virtual machine where it was suspended</source>
        <translation>Die virtuelle Maschine dort fortsetzen, wo sie unterbrochen wurde</translation>
    </message>
    <message>
        <source>Save the virtual machine&apos;s state to its folder and close it; Start resumes it where it was</source>
        <translation>Den Zustand der virtuellen Maschine in ihrem Ordner speichern und sie schließen; „Starten“ setzt sie dort fort, wo sie war</translation>
    </message>
    <message>
        <source>Drop the saved state; the next start boots the virtual machine from scratch</source>
        <translation>Den gespeicherten Zustand verwerfen; der nächste Start bootet die virtuelle Maschine neu</translation>
    </message>
    <message>
        <source>Move the virtual machine to another Emanon host, live or by suspending it</source>
        <translation>Die virtuelle Maschine live oder über Anhalten auf einen anderen Emanon-Host verschieben</translation>
    </message>
    <message>
        <source>Wait until the VM has started or stopped.</source>
        <translation>Warten Sie, bis die VM gestartet oder angehalten ist.</translation>
    </message>
    <message>
        <source>Discard the saved state of %1?</source>
        <translation>Gespeicherten Zustand von %1 verwerfen?</translation>
    </message>
    <message>
        <source>What was in the memory of “%1” when it was suspended is lost, as after a power cut. Its next start boots it from scratch.</source>
        <translation>Was beim Unterbrechen im Speicher von „%1“ war, geht verloren wie nach einem Stromausfall. Der nächste Start bootet sie neu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Could not discard the saved state of %1</source>
        <translation>Der gespeicherte Zustand von %1 konnte nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>App::VmListModel</name>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Template of the linked clones %1: it cannot be started and its snapshots cannot be changed, because the clones read its disks.</source>
        <translation>Vorlage der verknüpften Klone %1: Sie kann nicht gestartet und ihre Snapshots können nicht geändert werden, weil die Klone ihre Festplatten lesen.</translation>
    </message>
</context>
<context>
    <name>App::VmSettingsDialog</name>
    <message>
        <source>%1 — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) must be corrected first:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2. Only the CD and floppy can be changed now; the other settings can be changed when it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or eject the CD and floppy in the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the medium of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplianceTransfer</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>Appliances::BundleImporter</name>
    <message>
        <source>The bundle contains &quot;%1&quot;, which is refused: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip bundle %1 is damaged or incomplete. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds more than %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything in a bundle lies in its one &quot;&lt;name&gt;.emanon&quot; folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, and a bundle holds only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device or another special file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name appears twice (the second copy could replace the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is far larger than such a file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 (%2) is a file outside the bundle on the machine it came from; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium %1 in %2 is a file outside the bundle; the drive is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel file %1 lies outside the bundle; direct kernel boot is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file is not an Emanon bundle: %1 has no vm.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s vm.json is not a valid VM definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Emanon bundle: every setting, disk and snapshot is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a VM name: %2 Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists; the imported VM is called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists. Choose another name for the imported VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM with the same identity (UUID) is already in the library: the imported VM gets a new UUID and new MAC addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s snapshots.json is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snapshot(s) are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more data than its header declares (a zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data do not match the header (damaged, or a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in %1 to import the bundle (%2 MiB needed, %3 MiB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 of the bundle refers to a file outside the bundle (%2); it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 named in vm.json is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an external data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged backing file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VMDK descriptor that names other files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::ExportJob</name>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; Emanon never replaces a file when exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 is a host disk used directly; it cannot be exported into an appliance. Remove it from the VM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting disk %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the disk %1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the OVF descriptor. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the manifest. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1; a file of that name appeared meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip bundle always holds every snapshot; export one snapshot as an OVA or OVF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; cannot be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert the disk %1 as the snapshot holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs both a private key and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip bundle cannot be signed; export an OVA or OVF to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the certificate file. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended; an appliance would get its disks without its saved memory. Start it and shut it down, or discard its saved state, or export one of its snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::FolderReader</name>
    <message>
        <source>The file %1 of the appliance is missing; it must be in the folder of the .ovf file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::ImportJob</name>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that it is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 is a qcow2 image that refers to another file; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 is not a self-contained disk image Emanon can import (a stream or sparse VMDK, qcow2, VDI or VHD). VMDK descriptors that point to other files are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert the disk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting disk %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the disk %1 of the appliance failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the imported disk %1 into the VM&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; appeared in the library meanwhile. Import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::ImportPlanner</name>
    <message>
        <source>The hard disk &quot;%1&quot; refers to &quot;%2&quot;, which is not a disk of the appliance&apos;s DiskSection. The appliance is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; hangs on no known controller; it is attached to IDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CD/DVD drive &quot;%1&quot; hangs on no known controller; it is attached to IDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; holds a medium (%2) that is not imported; the drive is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network card model %1 has no equivalent; an Intel E1000 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network card on &quot;%1&quot; is connected to NAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound card %1 is emulated as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; has no equivalent and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; (resource type %2) has no equivalent and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance asks for %1 CPUs; the profile allows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory size could not be read; %1 MiB is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCSI controller %1 is emulated as an LSI 53C895A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; is attached twice in the appliance. The appliance is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two disks of the appliance use the same file %1. The appliance is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM booted a kernel file of the exporting host (%1); that setting is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium %1 of drive %2 is not part of the appliance; the drive is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance asks for %1 MiB of memory, more than this computer has (%2 MiB); %3 MiB is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance asks for %1 CPUs, more than this computer has; %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has no virtual system number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Emanon settings name the disk %1, which is not in the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by Emanon: every setting is restored from the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Emanon settings in the appliance cannot be read (%1); the standard OVF hardware is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest profile: %1 (the appliance says %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing about its OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware: UEFI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has no hard disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::Manifest</name>
    <message>
        <source>Line %1 of the manifest (.mf) is not a SHA1, SHA256 or SHA512 digest. The appliance is damaged; get it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 digest of %2 in the manifest has the wrong length. The appliance is damaged; get it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names %1 twice. The appliance is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::OvfParser</name>
    <message>
        <source>The OVF file contains a document type declaration, which OVF never uses; it is refused for safety. Ask the appliance&apos;s publisher for a standard OVF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVF file nests elements more than %1 deep; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVF file is not an XML document. Check that it is an OVF descriptor and that it was copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is XML but not an OVF descriptor (it has no Envelope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OVF version (namespace %1) is not supported. Emanon reads OVF 0.9, 1.x and 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVF file is not well-formed XML. It may be damaged or incomplete: download or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; names the file &quot;%2&quot;, which is not in the OVF References. The appliance is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVF file describes no virtual machine (no VirtualSystem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the OVF References has no id or no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is compressed with &quot;%2&quot;, which Emanon cannot read (only gzip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; in the OVF DiskSection has no valid capacity (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVF file is %1 MiB, larger than any real descriptor (at most %2 MiB); it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::PackageExtractor</name>
    <message>
        <source>The import was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the appliance is %2 bytes, far larger than such a file can be; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the appliance is larger than such a file can be; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance does not start with its .ovf descriptor (it starts with %1). It is not a valid OVA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s name &quot;%1&quot; cannot be a VM name: %2 Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists. Choose another name for the imported VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has a license agreement that must be accepted before it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor names the file &quot;%1&quot;, which is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than the descriptor declares (%2 bytes); the appliance is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not listed in the appliance&apos;s manifest, so it cannot be verified. Get the appliance again, or import without verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not match the %2 digest in the appliance&apos;s manifest: it is damaged or was changed. Get the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance contains the file %1 twice; it is refused (the second copy could replace the verified one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in %1 to import %2 (%3 MiB needed, %4 MiB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk file %1 named by the appliance is missing from the package. Get the complete appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the package is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: the files were imported without checking the manifest, as asked. They may be damaged or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has no manifest: its files could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists %1, which is not in the appliance. The appliance is incomplete or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file matches the appliance&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed file %1 unpacks to more data than its disk can hold (a compression bomb); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip-compressed file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip-compressed file %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s signature does not match its manifest: it was changed after it was signed by %1, or the signature is forged. Get the appliance again, or import without verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has a certificate (.cert) but no manifest, so its signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s certificate (.cert) could not be read; the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has a certificate (.cert) but no manifest, so its signature cannot be checked. Get the appliance again, or import without verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has a manifest; every file is checked against it while importing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::PackageReader</name>
    <message>
        <source>The appliance contains &quot;%1&quot;, which is refused: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance %1 is damaged or incomplete (truncated). Download or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is an absolute path, which could write outside the import folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name climbs out of the package (&quot;..&quot;), which could write outside the import folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is inside a folder, and an appliance holds only plain file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the appliance %1. Check the name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::PackageSignature</name>
    <message>
        <source>The appliance&apos;s certificate file (.cert) cannot be read: %1 The appliance is damaged; get it again, or import without verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no SHA1, SHA256 or SHA512 signature line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not a PEM private key (or it is protected by a passphrase, which is not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIGNATURE IS INVALID: the manifest was not signed by the key of the certificate of %1, so the appliance was changed after signing or the signature is forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1: the signature over the manifest is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted by the system&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: anyone can make one, so it does not prove who made the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system&apos;s certificate store (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::TarReader</name>
    <message>
        <source>%1 is not an OVA (a tar or zip archive) that Emanon can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a hard link, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device or another special file, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a sparse tar member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appliances::ZipReader</name>
    <message>
        <source>it is a folder, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device or another special file, and an appliance holds only plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more data than its header declares (a zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed; the previous version is kept. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed; the previous version is kept. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be a valid file of its kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskImage</name>
    <message>
        <source>qemu-img could not be started. Check that the qemu-utils package is installed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>qemu-img did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; starts with &apos;-&apos;, which qemu-img would read as an option. Use ./%1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk image format &quot;%1&quot; is not supported. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is not a possible disk size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image option &quot;%1&quot; is not of the form key=value (without commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vmdk subformat %1 writes several files, which Emanon does not support. Use monolithicSparse or streamOptimized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk image %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read the disk image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk image %1 is in use, probably by a running virtual machine. Shut the machine down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a disk image QEMU can open, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img described %1 in a way Emanon cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only qcow2 images can have a backing file (linked clone), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backing file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new disk image needs a size larger than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the disk image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk image needs a size larger than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is smaller than the disk&apos;s current size of %2. Shrinking deletes everything stored past the new end of the disk; shrink the partitions inside the guest first and confirm the shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize the disk image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished">%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChannel::DisplayWidget</name>
    <message>
        <source>Waiting for the VM&apos;s screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the VM&apos;s display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to release the pointer and keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click into the screen to capture the pointer; %1 releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pointer moves freely in and out of the VM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChannel::Keys</name>
    <message>
        <source>Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChannel::QtViewer</name>
    <message>
        <source>The VM has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::SdlViewer</name>
    <message>
        <source>Could not open a window: no graphical display is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a window for the VM&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press %1 to release the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to capture the pointer, %1 releases it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+F: full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>The VM has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChannel::SpiceSession</name>
    <message>
        <source>The VM&apos;s display is not available: the VM is not running or has no SPICE display. Start the VM, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPICE socket at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the VM&apos;s display. Check that the VM is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spice_session_connect failed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the VM&apos;s display was lost: the VM has stopped or crashed. Start it again to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s display refused the connection. Check the SPICE password in the VM&apos;s display settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the VM&apos;s display. Check that the VM is running and has a SPICE display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChannel::TypeText</name>
    <message>
        <source>Japanese (106/109 keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>There is no picture to save yet: wait until the VM&apos;s screen is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not take a screenshot of the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU reported a screenshot but the file is missing. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OVA (a tar or zip archive) that Emanon can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip archive Emanon can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive %1 must hold exactly one .ovf file; it holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::CloneJob</name>
    <message>
        <source>Cloning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 of &quot;%2&quot; cannot be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disk %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the disk %1 of &quot;%2&quot; failed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::Job</name>
    <message>
        <source>The operation was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::LocalSnapshotJob</name>
    <message>
        <source>Taking a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be taken; the VM and its other snapshots are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM could not be reverted to the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no disk that can hold a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving memory, devices and disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading memory, devices and disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the snapshot from the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running any more; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU ended during the operation. Snapshots taken before are unaffected; start the VM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM stopped during the operation. Snapshots taken before are unaffected; start the VM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was taken before the cancel arrived and could not be removed again; it stays in the disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img could not change the snapshots of disk %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <source>Disk %1 could not take the snapshot, so it was removed again from the other disks; the VM and its snapshots are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 could not be reverted, but %2 already were. Revert again once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was removed from %1 but not from disk %2; it is now incomplete. Delete it again once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::QemuImgJob</name>
    <message>
        <source>qemu-img failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished">%1. konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is left over from an interrupted operation, or in use by one that is running. Remove it when nothing uses it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while the operation ran and was left alone. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the result to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img could not be started. Check that the qemu-utils package is installed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::QmpClient</name>
    <message>
        <source>Connecting to QEMU was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 was canceled: the connection to QEMU was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the command %1 to QEMU: Emanon is not connected to its control socket. Start the virtual machine, or wait until it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 was canceled before QEMU answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to QEMU was lost before it answered the command %1. QEMU may have exited or crashed; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU closed its control socket %1 during the QMP handshake. QEMU may have exited, or another program is already connected to the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to QEMU: no control socket path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to QEMU&apos;s control socket %1 within %2 seconds. Check that QEMU is running and was started with -qmp unix:%1,server=on,wait=off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket %1 accepted the connection but sent no QMP greeting within %2 seconds. Check that it is the socket of QEMU&apos;s -qmp option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU did not complete the QMP handshake within %1 seconds. It may be stuck: stop it and start the virtual machine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU sent a message longer than %1 while Emanon waited for the answer to %2; the connection was closed. Restart the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU sent a message longer than %1 during the QMP handshake; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket %1 is not a QEMU control socket: it did not send a QMP greeting. Check that it is the socket of QEMU&apos;s -qmp option (not -monitor or -serial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU refused the QMP capabilities negotiation: %1. Another program may be using its control socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU refused the command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU did not answer the command %1 within %2 seconds. The virtual machine may be busy or stuck: try again, or force it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::SnapshotJob</name>
    <message>
        <source>Taking a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a snapshot branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s snapshot list is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; wait until it runs or has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snapshot does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings saved with snapshot &quot;%1&quot; do not fit this host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot called &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was taken, but the snapshot list could not be saved; it is listed under its tag &quot;%1&quot; next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks were reverted, but the VM&apos;s settings could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::SnapshotManager</name>
    <message>
        <source>Disk %1 is a host disk passed through to the VM; it cannot hold snapshots, so reverting would not bring it back. Make it read-only or remove it to use snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is a %2 image; only qcow2 images hold snapshots. Convert it (emanonctl disk convert) to use snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no writable qcow2 disk to hold snapshots (read-only disks cannot hold them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snapshot does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; holds only the disks, not the running machine. Stop the VM first, then revert to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s hardware has changed since snapshot &quot;%1&quot;. Stop the VM first, then revert to it (its settings are restored too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot called &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its snapshots cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::SuspendJob</name>
    <message>
        <source>Suspending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be suspended: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped while it was being suspended; its state was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::VmRunner</name>
    <message>
        <source>The VM is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running VM can be paused; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused VM can be resumed; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running or paused VM can be reset; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paused guest cannot react to the power button. Resume it first, or stop it by force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running VM can be shut down; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not running; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM uses UEFI firmware, which is not installed. Install the Debian package ovmf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UEFI variable store of the VM could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPICE password file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk image of %1 is missing: %2. Restore the file or remove the disk from the VM&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium in drive %1 is missing: %2. Choose another image or eject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel or initramfs file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already running or in use by another Emanon process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU started but its control connection could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU refused to start the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not be started. Check that qemu-system-x86 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU stopped while starting the VM. See the details for QEMU&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM stopped unexpectedly: %1. Its disks are as QEMU left them; start it again to boot it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state could not be written in the VM&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s state could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not save the VM&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state could not be written (is the disk full?). The VM keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not save the VM&apos;s state. The VM keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending was canceled; the VM keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU wrote an empty saved state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by QEMU %1 and this is QEMU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU refused to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running or paused VM can be suspended; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no saved state; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>The saved state of %1 could not be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state of %1 could not be restored: QEMU could not load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not being suspended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine::VmSupervisor</name>
    <message>
        <source>The VM&apos;s control socket could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has USB devices plugged in (%2), which a saved state cannot keep. Unplug them first, then suspend.</source>
        <translation>%1 hat angeschlossene USB-Geräte (%2), die ein gespeicherter Zustand nicht behalten kann. Trennen Sie sie zuerst und halten Sie die VM dann an.</translation>
    </message>
</context>
<context>
    <name>FloppyImage</name>
    <message>
        <source>A volume label has at most 11 characters; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume label may only contain letters A-Z, digits, spaces and ! # $ % &amp; &apos; ( ) - @ ^ _ ` { } ~; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume label cannot start with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFamily</name>
    <message>
        <source>Windows (legacy)</source>
        <translation>Windows (alt)</translation>
    </message>
    <message>
        <source>Windows (modern)</source>
        <translation>Windows (aktuell)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>BSD</source>
        <translation>BSD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>GuestProfile</name>
    <message>
        <source>Linux (modern, 64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux (32-bit, period PC hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Andere</translation>
    </message>
    <message>
        <source>MS-DOS / FreeDOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOS sees at most 64 MiB through HIMEM.SYS and only the first 8 GB of a disk; each FAT16 partition holds at most 2 GB. The network card is an NE2000 at I/O 0x300, IRQ 9: load an NE2000 packet driver with those values. The sound card is a Sound Blaster 16 at 0x220, IRQ 5, DMA 1, HDMA 5 (SET BLASTER=A220 I5 D1 H5 T6). The VM cannot turn itself off: shut down, then stop the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 3.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install DOS first, then Windows from its floppies. Windows for Workgroups 3.11 has an NE2000 driver (I/O 0x300, IRQ 9); the Sound Blaster 16 driver is on the Creative disks. Keep memory at 256 MiB or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 95 stops with &quot;Windows protection error&quot; on fast CPUs: apply FIX95CPU or patcher9x. Add the network card by hand (NE2000 compatible, I/O 0x300, IRQ 9). Only OSR2 reads FAT32 and disks past 2 GB per partition; only OSR2.1 has USB. More than 480 MiB of memory stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 98 / ME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 98 and ME break with more than 512 MiB of memory (set MaxFileCache in SYSTEM.INI, or give less). Disks larger than 128 GiB need a patched ESDI_506.PDR. Under QEMU 7.2 without KVM, Display Properties may crash (QEMU bug 1964). The Cirrus driver in the box gives 256 colours; install the 98 SE/ME update for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows NT 3.51</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot the three setup floppies (or WINNT /B from DOS). Setup makes a boot partition of at most 4 GB within the first 8 GB of the disk. The network card is an NE2000 at I/O 0x300, IRQ 9. NT has no USB and no ACPI: shut down, then stop the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows NT 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CPUID level at 3 or lower until Service Pack 6a is installed: NT 4.0 stops with STOP 0x3E otherwise, and never use the host CPU model. During setup press F5 and choose &quot;Standard PC&quot;. The boot partition must lie within the first 7.8 GB (setup makes at most 4 GB). Install SP6a before changing the network card. NT 4.0 has no USB and no ACPI: shut down, then stop the VM. For true colour use std VGA with VBEMP 2010.07.09 (later versions crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If setup stops with &quot;disk full&quot;, start the VM once with QEMU&apos;s -win2k-hack (setup only). If setup hangs, use the CPU model qemu32 with level=1. With ACPI off, choose &quot;Standard PC&quot; (F5) during setup. Disks larger than 128 GiB need SP3 and EnableBigLba (KB305098).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP has no driver for QEMU&apos;s e1000 or for SATA in the box: keep the RTL8139 card and IDE. Disks larger than 128 GiB need Service Pack 1. XP boots slower under software emulation (QEMU bug 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Server 2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server 2003 has no SATA or virtio driver in the box: keep IDE. Sound is off in Server editions until the Windows Audio service is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 / 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emanon gives the VM UEFI firmware without Secure Boot and without a TPM. Windows 10 installs as is; Windows 11 setup needs the LabConfig registry bypass (BypassTPMCheck, BypassSecureBootCheck) until TPM emulation is available. Virtio disks and network cards need the virtio-win drivers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>This kind of VM host cannot move VMs to other hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the VM could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64), and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host as ssh://user@host or ssh://user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bandwidth cap is in MiB/s and cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 is damaged. Fix or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the host list could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host &quot;%1&quot;. Add it with &quot;emanonctl host add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host named &quot;%1&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM to receive is not named correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host already has a VM named &quot;%1&quot; (or with its id). Rename or delete it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM library on this host is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received for this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy on this host does not match the original (%1 files differ). Nothing was changed; move the VM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s folder could not be created in the library of this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on this host; it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2 (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running VM can be moved live; %1 is %2. Use quick migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has snapshots, which a live copy of its disks cannot carry. Use quick migration, which copies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh could not be started. Install the Debian package openssh-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 is outside the VM&apos;s folder (%2) and cannot be copied. Put it on storage both hosts share and mark the host as shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU does not know the disk %1 of the running VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not take the VM: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target host %1 went away during the migration (its Emanon process ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration was canceled; %1 keeps running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the VM here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target host did not confirm that it runs the VM. %1 is paused here; check the target before resuming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the disk %1 to %2 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the disks to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificates in %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration to %1 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration to %1 failed; %2 keeps running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime: %1 ms (QEMU); the guest was paused about %2 ms in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM transferred: %1 in %2 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks: on shared storage, not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: none (plain TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest was suspended for the whole move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration request from the source host is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 could not be created on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM process on the target host ended during the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target host could not receive the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host ended the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2 (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved while it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was canceled; the part already copied stays on %1 for the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync is missing on this host or on %1. Install the Debian package rsync on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed. The part already copied stays there; the next attempt resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays suspended here; start it to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emanon could not reach %1 over SSH. Check that the host is up, that sshd runs there and that your key is accepted without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 failed (exit code %2). Check that Emanon is installed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something Emanon does not understand. Is the same Emanon version installed there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has USB devices plugged in, which cannot move with it. Unplug them first, then move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVmChoices</name>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>New %1 qcow2 disk (%2)</source>
        <translation>Neue qcow2-Festplatte mit %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, attached as it is, %3)</source>
        <translation>%1 (%2, unverändert angeschlossen, %3)</translation>
    </message>
    <message>
        <source>A qcow2 copy of %1 (%2, %3)</source>
        <translation>Eine qcow2-Kopie von %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Host disk %1 (%2, %3)</source>
        <translation>Host-Festplatte %1 (%2, %3)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Empty drive</source>
        <translation>Leeres Laufwerk</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Diskette</translation>
    </message>
    <message>
        <source>NAT (%1)</source>
        <translation>NAT (%1)</translation>
    </message>
    <message>
        <source>, host %1 → guest %2 (%3)</source>
        <translation>, Host %1 → Gast %2 (%3)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>NewVmCreator</name>
    <message>
        <source>Creating %1 was canceled; nothing was kept.</source>
        <translation>Das Erstellen von %1 wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <source>%1 stops with an error when the CPU reports more than %2 CPUID leaves, and the CPU model &quot;%3&quot; may. Use pentium3 with level=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU model &quot;%1&quot; reports CPUID level %2, but %3 before Service Pack 6a stops with STOP 0x3E above level %4. Add level=%4 to the CPU flags or choose pentium3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 misbehaves with more than %2 MiB of memory; %3 MiB are set. Give it %2 MiB or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 predates ACPI: with ACPI on, setup may pick the wrong HAL and ISA cards are not found. Turn ACPI off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps local time in the real-time clock; with the clock in UTC its time is off by your time zone. Set the clock base to localtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start from UEFI firmware. Set the firmware to bios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no driver for %2 disks in the box, so setup will not see disk %3. Attach it to %4, or load the driver during setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is %2 MiB, but %3 can use only the first %4 MiB of a disk. Make it smaller, or expect the rest to stay unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no driver for the %2 network card in the box. Choose %3, or install a driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no USB support, so it cannot use a USB controller or USB devices. Remove the USB controller; use PS/2 for keyboard and mouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QemuBinaries</name>
    <message>
        <source>%1 is set to %2, which is not an executable program. Fix or unset the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found. Install the Debian package %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QemuCommand</name>
    <message>
        <source>A CD-ROM drive cannot be attached to virtio; use IDE, SATA or SCSI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PC has at most two floppy drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more drives on the %1 controller than it has connectors. Move a drive to another controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is read-only, but IDE and SATA disks cannot be read-only. Attach it to SCSI or virtio, or make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA PC machine (isapc) has no PCI bus, so it cannot have %1. Choose the i440FX PC machine, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 CD-ROM drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PCI network card %1 (use ne2k_isa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PCI sound card %1 (use sb16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 graphics card (use std or cirrus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <source>Cannot use the runtime folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the runtime folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime folder %1 is not a plain folder (it may be a symbolic link). Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime folder %1 belongs to another user. Emanon will not put its control sockets there; remove it or set EMANON_RUNTIME_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime folder %1 is readable by others and cannot be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime folder path is too long for a control socket (at most %1 bytes). Set EMANON_RUNTIME_DIR or XDG_RUNTIME_DIR to a shorter folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedState</name>
    <message>
        <source>The saved state could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the saved state (saved.json) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the saved state (&quot;emanonctl discard %1&quot; or Discard Saved State in the VM menu) to start %1 from a cold boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state&apos;s data file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state is incomplete: its data file has %1 bytes instead of %2 (it was truncated or overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state of %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data file is damaged (checksum mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s %1 changed since it was suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state could not be stored in the VM&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state could not be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine type or firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended, and its saved state depends on its %2. Discard the saved state first, or start the VM and shut it down, then change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotManager</name>
    <message>
        <source>The snapshot lock of %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another snapshot operation on %1 is running. Wait until it has ended and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended; a snapshot now would hold its disks without its saved memory. Start the VM (it resumes) and take the snapshot while it runs, or discard the saved state first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended, and its saved memory needs its disks as they are. Discard the saved state or start the VM first, then revert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTree</name>
    <message>
        <source>A snapshot has no id or tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 has an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot list %1 is damaged; Emanon has not changed it. Repair it, or move it away and Emanon rebuilds the list from the disks (without names and descriptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot list is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot list was written by a newer Emanon (schema %1). Update Emanon to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot list has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot id %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot parents form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several snapshots are called &quot;%1&quot;; name one by its id (see &quot;emanonctl snapshot list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot;. &quot;emanonctl snapshot list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot with id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent snapshot %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the disk image of %1 (deleted or replaced outside Emanon); it cannot be reverted to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpiceUsbRedirector</name>
    <message>
        <source>The USB device could not be redirected to the VM. If it is a permission problem, install Emanon&apos;s udev rule or spice-client-glib&apos;s ACL helper (docs/usb.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device could not be given back to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB redirection is not available in this SPICE client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s screen is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no USB redirection slots. Set their number in the VM&apos;s settings (USB) and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPICE client does not see this USB device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All USB redirection slots of the VM are in use. Disconnect a device first, or add slots in the VM&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This USB device cannot be redirected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailRefresher</name>
    <message>
        <source>The screen capture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>%1 is a hub; connect the devices plugged into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the &quot;never connect&quot; list (%2), so it stays with this computer. Remove it from that list in Preferences (or with &quot;emanonctl usb never remove&quot;) to connect it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbAttach</name>
    <message>
        <source>You may not use %1 (no write access to /dev/bus/usb/%2/%3). Install Emanon&apos;s udev rule (docs/usb.md) or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected to the VM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbDevice</name>
    <message>
        <source>%1 device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown USB device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbDeviceSource</name>
    <message>
        <source>This computer has no USB (the kernel shows no USB buses), so there are no host devices to connect. USB sticks from image files, the tablet and the keyboard still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of USB devices could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbFilter</name>
    <message>
        <source>The USB rule is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB rule. Use VENDOR:PRODUCT (046d:c52b, 046d:*), class:CC (08 = mass storage), bus:BUS-PORT (1-2.3) or serial:TEXT, joined with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbHotplug</name>
    <message>
        <source>Unknown kind of USB device &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the host USB device by vendor:product (046d:c52b) or by bus and port (1-2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image file with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB device. Use VENDOR:PRODUCT (046d:c52b), BUS-PORT (1-2.3), tablet, keyboard or storage:IMAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, which has no USB support: the guest could not use a USB device. Bring files in on a floppy or CD image, or over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no USB controller. Choose one in the VM&apos;s settings (Devices), then start the VM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is in use (another VM or program has it open). Close it there, or attach it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 could not be opened as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU refused the host USB device %1. QEMU needs write access to it under /dev/bus/usb: install Emanon&apos;s udev rule (see docs/usb.md), and make sure no other program or VM holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU could not add the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB device &quot;%1&quot; is attached. Attached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest did not release the USB device %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick was removed, but its image is still open in QEMU until the VM stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbPreferences</name>
    <message>
        <source>The USB settings file %1 is damaged; fix or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmBackend</name>
    <message>
        <source>%1 is not running; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image file with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CD-ROM or floppy drive &quot;%2&quot;. Its drives: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; change the medium once it is running or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium in %1 could not be ejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be inserted into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium was changed in the running VM, but vm.json could not be saved, so the change ends with this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of VM host cannot capture the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen of %1 could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of host cannot plug USB devices into VMs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running; it is %2. Start it to plug USB devices in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of VM host cannot suspend VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved state to discard; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is starting; its saved state is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended, not running. Start it to resume it; to turn it off for good, discard its saved state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmConfig</name>
    <message>
        <source>The VM definition (vm.json) is damaged and cannot be read. Restore it from a backup or recreate the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM definition (vm.json) is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM definition has no schema version; it was not written by Emanon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM definition uses schema version %1, but this version of Emanon understands up to %2. Update Emanon to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name cannot contain &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name cannot start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown guest profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM needs at least one CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs were asked for, but this host has %2. Choose %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports at most %2 CPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU model is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory size must be at least 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB of memory were asked for, but this host has %2 MiB. Choose less memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 MiB of memory; %4 MiB were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration must be auto, kvm or tcg, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware must be bios or uefi, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock base must be utc or localtime, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a machine type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot order may only contain a (floppy), c (disk), d (CD) and n (network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid drive name: use a letter followed by letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive name &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 has no image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 has the unknown format &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port forward needs tcp or udp and two ports between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPICE listener must be &quot;unix&quot; or &quot;tcp:ADDRESS:PORT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE on TCP needs a password, or anyone on the network could see and control the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PC has 0 to 4 serial ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PC has 0 to 3 parallel ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An initramfs needs a kernel to boot with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be WIDTHxHEIGHT, such as 1024x768, between 320x200 and 8192x8192.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmControl</name>
    <message>
        <source>The VM stopped unexpectedly (its QEMU and Emanon processes are gone). Start it again to boot it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s Emanon process ended but QEMU (pid %1) still runs. Stop it by force to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process holding %1 is not the QEMU Emanon started; stop it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU (pid %1) did not end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emanonctl, which runs the VMs, was not found next to this program. Reinstall Emanon or set EMANON_CTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM process could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM stopped while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM process ended before the VM started. See %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM did not start within %1 s; it may still be starting. Check with &quot;emanonctl status&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not running (its control socket does not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s process went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmLibrary</name>
    <message>
        <source>The VM library %1 is not a folder. Choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the VM library folder %1. Check that its parent folder exists and is writable, or choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM library %1 is not writable. Fix its permissions or choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; has no definition (vm.json). Restore it from a backup or delete the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the VM library %1. Check that it is a folder you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several VMs have the UUID %1 (%2): they are copies of one VM. Open one of them by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VM &quot;%1&quot; in the library %2. Run &quot;emanonctl list&quot; to see the VMs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; cannot be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; are not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 refers to %2 inside the new VM&apos;s folder, where there is nothing yet. Give an absolute path to use an existing image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new disk %1 needs a size above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that it is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new VM &quot;%1&quot; into the library %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; already has the UUID %2. Leave the UUID empty to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the disk %1 of &quot;%2&quot; failed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; does not exist any more. Run &quot;emanonctl list&quot; to see the VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; cannot be saved under the name &quot;%2&quot;. Rename the VM instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked clones %1 use its disks. Delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the folder of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the trash folder %1. Check that the library is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in the trash are in use and were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files in the trash could not be deleted. Check their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked clone of &quot;%1&quot; cannot be made while it is in use: the clone would see its disks change underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be cloned while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 of &quot;%2&quot; cannot be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the linked disk %1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the template of the linked clones %2: they read its disks, so it must not change. %3 Start or change a clone instead, or make a full clone of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is suspended; a clone would get its disks without its saved memory. Start it and shut it down, or discard its saved state, then clone it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmLock</name>
    <message>
        <source>Cannot write the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the VM &quot;%1&quot;: its lock file cannot be opened. Check that the VM folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the VM &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is in use by another program (process %2). Stop it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is in use by another program. Stop it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM lock is not held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmRegistry</name>
    <message>
        <source>The list of your VMs (%1) is damaged. Fix or delete the file; the VMs themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of your VMs (%1) was written by a newer Emanon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Emanon VM: pick a folder whose name ends in .emanon and that holds a vm.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; is gone (moved, or on a drive that is not connected). Put it back, or remove the VM from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emanonctl</name>
    <message>
        <source>The VM&apos;s console is not available; is the VM running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the serial console. Press Ctrl+] to detach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Detached; the VM keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The VM has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;emanonctl --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (run with --verbose for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM:       %1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware: %1 CPU(s), %2 MiB, %3 disk(s), %4 network card(s), sound %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:     %1 &lt;- %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new blank disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License agreement (accept with --accept-eula):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has the license agreement above. Read it and run the import again with --accept-eula to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: importing WITHOUT verifying the appliance&apos;s manifest (--no-verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is ova, ovf or zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ovf-version is 1.0 or 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest is sha1 or sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:    %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size (e.g. 8G, 512M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resized %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk create FILE SIZE | info FILE | resize FILE SIZE | convert SRC DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished">nicht gefunden</translation>
    </message>
    <message>
        <source>/dev/kvm:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VT-x/AMD-V:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: TCG %1 ms, KVM %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cached verdict from %1; --probe measures again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running (accelerator %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not stop in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the guest to shut down; the power is cut after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media insert needs the VM, the drive and the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media eject needs the VM and the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1 into %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejected the medium from %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media takes insert or eject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: floppy create FILE [--size 1.44|2.88] [--label LABEL].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes 1.44 or 2.88.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the %1 floppy image %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest ran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[broken: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[found in the disks]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-&gt; You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id, tag:     %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live (memory and devices too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest time:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State size:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:     yes (the VM&apos;s state descends from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:    not recorded (the snapshot was made outside Emanon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:    as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed since (then -&gt; now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took snapshot &quot;%1&quot; (%2, id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the VM: emanonctl snapshot %1 VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the snapshot: emanonctl snapshot %1 VM SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new name: emanonctl snapshot rename VM SNAPSHOT NEW-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VMs in %1. Create one with &quot;emanonctl create NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY / CPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:      %1 x %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:   %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine:  %1, ACPI %2, firmware %3, clock %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished">an</translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished">aus</translation>
    </message>
    <message>
        <source>Disk:     %1 (%2, %3) %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing or unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished">%1: %2 %3 {1:?}</translation>
    </message>
    <message>
        <source>CD-ROM  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:  %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display:  %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound:    %1   USB: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:   %1 %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>QEMU pid %1, accelerator %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory takes a number of MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cpus takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disk takes a size such as 8G or 512M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished">Warnung: %1</translation>
    </message>
    <message>
        <source>Name the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the trash (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone needs the VM and a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the linked clone %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emanon VM manager, command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM library folder (default: $EMANON_LIBRARY or ~/.local/share/emanon/vms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details of errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest profile for create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of CPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new disk of this size (8G, 512M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD/DVD image to insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy image to insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>img</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network card model, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot this kernel directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initramfs for --kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line for --kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator: auto, kvm or tcg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the accelerators again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window (the default for emanonctl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the serial console after starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the power instead of asking the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the guest to shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QEMU&apos;s command line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a linked clone (shares the source&apos;s disks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow shrinking a disk (data past the end is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk image format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy size: 1.44 or 2.88.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume label of a new floppy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot and everything below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print the report, import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: do not check the manifest (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: accept the appliance&apos;s license agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: OVF 1.0 (default) or 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: manifest digest, sha256 (default) or sha1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: this snapshot instead of the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name: of the new snapshot, or of the imported VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] [--snapshot SNAP] [--sign KEY --cert CERT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused, as it was when it was suspended; &quot;emanonctl resume %1&quot; runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add NAME ssh://user@host[:port] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote-env takes NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bandwidth takes MiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers: Emanon %2, library %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate VM HOST [--live|--quick]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --live or --quick, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved; &quot;emanonctl start %1&quot; resumes it where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a VM or give --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state of %1 was discarded; its next start boots from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host USB devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged into %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usb attach needs the VM and the device (VENDOR:PRODUCT, BUS-PORT, tablet, keyboard or storage:IMAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usb detach needs the VM and the device id (see usb list VM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged %1 into %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rule: redirect, passthrough or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: list, add RULE [redirect|passthrough|manual] [--name N], remove N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usb rules needs the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usb takes list, attach, detach, rules or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended %1 (%2 MiB of state); start resumes it, discard drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: sign the manifest with this PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the PEM certificate of the --sign key, put in the .cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend: every running VM of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: the SSH private key to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: the address the migration stream goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: folder with the TLS certificates for migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: both hosts see the VMs&apos; disks at the same path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: path of emanonctl on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: environment for emanonctl there (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: an extra ssh -o option (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: replace a host of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host add: cap for the migration stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: move the running VM live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: suspend, copy and resume on the other host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerator verdict and QEMU version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Emanon host, reached over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other Emanon hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VMs in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new VM from a guest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition (or QEMU&apos;s arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start (or resume a suspended VM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down (ACPI), or cut the power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the state and quit; start resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop a suspended VM&apos;s saved state (cold boot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to another host: live, or quick (suspend, copy, resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run state, QEMU pid, accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach to the serial console (Ctrl+] detaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the VM to the library&apos;s trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full copy, or a linked clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a CD or floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank FAT12 floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot tree, one snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live when it runs, else disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children move up, or the whole branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host USB devices (and what VM has plugged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unplug what usb attach plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices never given to a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OVA, OVF or zip bundle becomes a VM; --dry-run: the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OVA (default), OVF folder or zip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM&apos;s state,
5 QEMU failed or crashed, 6 timed out, 130 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a disk of %2, which is suspended; its saved memory needs the disk as it is. Discard the saved state or start the VM and shut it down first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows a running VM&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or UUID of the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the frames shown so far and the window geometry every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Qt display widget instead of SDL2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is not running. Start it first (emanonctl start %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no local SPICE display: turn on SPICE on a unix socket in its display settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of your VMs cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key chord that releases the pointer: ctrl+alt, ctrl+alt+shift, rctrl, ctrl+win. Default: the one set in Emanon&apos;s preferences, else ctrl+alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown release hotkey &quot;%1&quot;: use modifier names joined by +, such as ctrl+alt or rctrl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
