<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccelProbe</name>
    <message>
        <source>TCG: /dev/kvm is missing or not accessible to this user (add yourself to the kvm group for hardware acceleration).</source>
        <translation>TCG: /dev/kvm が存在しないか、このユーザーからアクセスできません (ハードウェアアクセラレーションを使うには kvm グループに自分を追加してください)。</translation>
    </message>
    <message>
        <source>TCG: /dev/kvm exists but the CPU has no VT-x/AMD-V (vmx/svm), so the kernel emulates KVM in software; guests run faster under TCG.</source>
        <translation>TCG: /dev/kvm はありますが CPU に VT-x/AMD-V (vmx/svm) がないため、カーネルが KVM をソフトウェアでエミュレートしています。ゲストは TCG の方が速く動きます。</translation>
    </message>
    <message>
        <source>TCG: the KVM calibration run failed, so KVM cannot be trusted here.</source>
        <translation>TCG: KVM の較正実行が失敗したため、ここでは KVM を信頼できません。</translation>
    </message>
    <message>
        <source>TCG: KVM is available but slower than TCG in the calibration run (%1 ms against %2 ms); it is probably nested or emulated.</source>
        <translation>TCG: KVM は使えますが、較正実行では TCG より遅い結果でした (%1 ms 対 %2 ms)。入れ子かエミュレートされている可能性があります。</translation>
    </message>
    <message>
        <source>KVM: the CPU has hardware virtualization and KVM was faster than TCG in the calibration run (%1 ms against %2 ms).</source>
        <translation>KVM: CPU にハードウェア仮想化機能があり、較正実行で KVM が TCG より速い結果でした (%1 ms 対 %2 ms)。</translation>
    </message>
    <message>
        <source>QEMU could not be started for calibration.</source>
        <translation>較正のために QEMU を起動できませんでした。</translation>
    </message>
    <message>
        <source>The %1 calibration run did not finish in %2 s.</source>
        <translation>%1 の較正実行が %2 秒以内に終わりませんでした。</translation>
    </message>
    <message>
        <source>The %1 calibration run failed.</source>
        <translation>%1 の較正実行に失敗しました。</translation>
    </message>
    <message>
        <source>TCG: chosen by the user.</source>
        <translation>TCG: ユーザーが選択しました。</translation>
    </message>
    <message>
        <source>KVM was asked for, but /dev/kvm is missing or not accessible. Choose automatic or TCG acceleration, or add yourself to the kvm group.</source>
        <translation>KVM が指定されましたが、/dev/kvm が存在しないかアクセスできません。自動または TCG を選ぶか、kvm グループに自分を追加してください。</translation>
    </message>
    <message>
        <source>KVM: chosen by the user.</source>
        <translation>KVM: ユーザーが選択しました。</translation>
    </message>
    <message>
        <source>KVM: chosen by the user, although the CPU has no VT-x/AMD-V; guests may run very slowly.</source>
        <translation>KVM: ユーザーが選択しましたが、CPU に VT-x/AMD-V がありません。ゲストが非常に遅くなることがあります。</translation>
    </message>
    <message>
        <source>Acceleration must be auto, kvm or tcg, not &quot;%1&quot;.</source>
        <translation>アクセラレーションは auto、kvm、tcg のいずれかで、&quot;%1&quot; は使えません。</translation>
    </message>
</context>
<context>
    <name>App::BootSettingsPage</name>
    <message>
        <source>Boot</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>Hard disk, then CD</source>
        <translation>ハードディスク、次に CD</translation>
    </message>
    <message>
        <source>CD, then hard disk</source>
        <translation>CD、次にハードディスク</translation>
    </message>
    <message>
        <source>Floppy, hard disk, CD</source>
        <translation>フロッピー、ハードディスク、CD</translation>
    </message>
    <message>
        <source>Floppy, CD, hard disk</source>
        <translation>フロッピー、CD、ハードディスク</translation>
    </message>
    <message>
        <source>Hard disk only</source>
        <translation>ハードディスクのみ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>起動順序(&amp;O):</translation>
    </message>
    <message>
        <source>Show the &amp;boot menu (F12)</source>
        <translation>起動メニューを表示する (F12)(&amp;B)</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>起動メニュー</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Boot from the disks (no kernel file)</source>
        <translation>ディスクから起動 (カーネルファイルなし)</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>カーネル(&amp;K):</translation>
    </message>
    <message>
        <source>Initial RAM disk</source>
        <translation>初期 RAM ディスク</translation>
    </message>
    <message>
        <source>&amp;Initial RAM disk:</source>
        <translation>初期 RAM ディスク(&amp;I):</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>カーネルコマンドライン</translation>
    </message>
    <message>
        <source>Kernel &amp;command line:</source>
        <translation>カーネルコマンドライン(&amp;C):</translation>
    </message>
</context>
<context>
    <name>App::ConsoleWindow</name>
    <message>
        <source>%1 — Emanon</source>
        <translation>%1 — Emanon</translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation>%1 のコンソール</translation>
    </message>
    <message>
        <source>Console views</source>
        <translation>コンソール表示</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>シリアルコンソール</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>実行状態</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <source>Screen of %1</source>
        <translation>%1 の画面</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Console toolbar</source>
        <translation>コンソールのツールバー</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>キー送信</translation>
    </message>
    <message>
        <source>Send a key combination to the guest</source>
        <translation>キーの組み合わせをゲストに送る</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual Size (1:1)</source>
        <translation>実際のサイズ (1:1)</translation>
    </message>
    <message>
        <source>Whole Multiples</source>
        <translation>整数倍</translation>
    </message>
    <message>
        <source>Scaling of the screen</source>
        <translation>画面の拡大縮小</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>This VM has no SPICE display; only its serial console is shown.</source>
        <translation>この VM には SPICE ディスプレイがありません。シリアルコンソールだけを表示します。</translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation>アクセラレータ: %1</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the screenshot</source>
        <translation>スクリーンショットを保存できませんでした</translation>
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
            <numerusform>、ポート転送 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: 空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>VM details</source>
        <translation>VM の詳細</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM 名</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>実行状態</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Hardware summary</source>
        <translation>ハードウェアの概要</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>On host</source>
        <translation>ホスト上</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>最近のログ</translation>
    </message>
    <message>
        <source>Recent QEMU log</source>
        <translation>最近の QEMU ログ</translation>
    </message>
    <message>
        <source>No virtual machines yet</source>
        <translation>仮想マシンはまだありません</translation>
    </message>
    <message>
        <source>No VM selected</source>
        <translation>VM が選択されていません</translation>
    </message>
    <message>
        <source>Click New to create your first virtual machine, or Import to bring one in.</source>
        <translation>「新規」で最初の仮想マシンを作成するか、「インポート」で取り込んでください。</translation>
    </message>
    <message>
        <source>Select a VM in the list to see its details.</source>
        <translation>一覧で VM を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>This VM&apos;s definition cannot be read: %1</source>
        <translation>この VM の定義を読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 with %2 (%3)</source>
        <translation>%1 (%2 使用、%3)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>%1, %2 firmware, ACPI %3</source>
        <translation>%1、%2 ファームウェア、ACPI %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>グラフィックス</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>リムーバブルメディア</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>ディスクなし</translation>
    </message>
    <message>
        <source>No log yet: the VM has not run.</source>
        <translation>ログはまだありません。VM はまだ実行されていません。</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>ログは空です。</translation>
    </message>
</context>
<context>
    <name>App::DevicesSettingsPage</name>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>グラフィックスカード</translation>
    </message>
    <message>
        <source>Standard VGA (Bochs)</source>
        <translation>標準 VGA (Bochs)</translation>
    </message>
    <message>
        <source>Cirrus Logic GD5446</source>
        <translation>Cirrus Logic GD5446</translation>
    </message>
    <message>
        <source>VMware SVGA II</source>
        <translation>VMware SVGA II</translation>
    </message>
    <message>
        <source>QXL (SPICE)</source>
        <translation>QXL (SPICE)</translation>
    </message>
    <message>
        <source>virtio GPU</source>
        <translation>virtio GPU</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation>グラフィックス(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Display server (SPICE)</source>
        <translation>ディスプレイサーバー (SPICE)(&amp;D)</translation>
    </message>
    <message>
        <source>SPICE display server</source>
        <translation>SPICE ディスプレイサーバー</translation>
    </message>
    <message>
        <source>SPICE listens on</source>
        <translation>SPICE の待ち受け先</translation>
    </message>
    <message>
        <source>unix, or tcp:ADDRESS:PORT</source>
        <translation>unix または tcp:アドレス:ポート</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受け先(&amp;L):</translation>
    </message>
    <message>
        <source>SPICE password</source>
        <translation>SPICE パスワード</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Sound card</source>
        <translation>サウンドカード</translation>
    </message>
    <message>
        <source>Sound Blaster 16</source>
        <translation>Sound Blaster 16</translation>
    </message>
    <message>
        <source>Sound Blaster 16 with AdLib</source>
        <translation>Sound Blaster 16 (AdLib 付き)</translation>
    </message>
    <message>
        <source>Ensoniq AudioPCI (ES1370)</source>
        <translation>Ensoniq AudioPCI (ES1370)</translation>
    </message>
    <message>
        <source>AC&apos;97</source>
        <translation>AC&apos;97</translation>
    </message>
    <message>
        <source>Intel HD Audio</source>
        <translation>Intel HD Audio</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>サウンド(&amp;S):</translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation>USB コントローラー</translation>
    </message>
    <message>
        <source>USB 1.1 (UHCI)</source>
        <translation>USB 1.1 (UHCI)</translation>
    </message>
    <message>
        <source>USB 2.0 (EHCI)</source>
        <translation>USB 2.0 (EHCI)</translation>
    </message>
    <message>
        <source>USB 3.0 (xHCI)</source>
        <translation>USB 3.0 (xHCI)</translation>
    </message>
    <message>
        <source>&amp;USB:</source>
        <translation>USB(&amp;U):</translation>
    </message>
    <message>
        <source>USB &amp;tablet (the pointer follows the mouse exactly)</source>
        <translation>USB タブレット (ポインターがマウスに正確に追従)(&amp;T)</translation>
    </message>
    <message>
        <source>USB tablet</source>
        <translation>USB タブレット</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>シリアルポート</translation>
    </message>
    <message>
        <source>Se&amp;rial ports:</source>
        <translation>シリアルポート(&amp;R):</translation>
    </message>
    <message>
        <source>Parallel ports</source>
        <translation>パラレルポート</translation>
    </message>
    <message>
        <source>&amp;Parallel ports:</source>
        <translation>パラレルポート(&amp;P):</translation>
    </message>
</context>
<context>
    <name>App::DiskPage</name>
    <message>
        <source>Hard disk</source>
        <translation>ハードディスク</translation>
    </message>
    <message>
        <source>Create a new disk, use an image you have, or pass a disk of this computer through.</source>
        <translation>新しいディスクを作成するか、手持ちのイメージを使うか、このコンピューターのディスクをパススルーします。</translation>
    </message>
    <message>
        <source>Size of the new disk</source>
        <translation>新しいディスクのサイズ</translation>
    </message>
    <message>
        <source>e.g. 8 GiB or 500 MiB</source>
        <translation>例: 8 GiB、500 MiB</translation>
    </message>
    <message>
        <source>Create a &amp;new disk (qcow2, grows as it is used)</source>
        <translation>新しいディスクを作成 (qcow2、使用に応じて拡大)(&amp;N)</translation>
    </message>
    <message>
        <source>Existing disk image</source>
        <translation>既存のディスクイメージ</translation>
    </message>
    <message>
        <source>Choose Disk Image</source>
        <translation>ディスクイメージを選択</translation>
    </message>
    <message>
        <source>Use the image where it is (changes go into that file)</source>
        <translation>イメージをその場所のまま使う (変更はそのファイルに書き込まれます)</translation>
    </message>
    <message>
        <source>Use the image where it is</source>
        <translation>イメージをその場所のまま使う</translation>
    </message>
    <message>
        <source>Copy it into the VM as a qcow2 image (the original stays untouched)</source>
        <translation>qcow2 イメージとして VM にコピーする (元のファイルは変更されません)</translation>
    </message>
    <message>
        <source>Copy it into the VM as qcow2</source>
        <translation>qcow2 として VM にコピーする</translation>
    </message>
    <message>
        <source>Use an &amp;existing image (qcow2, raw, VMDK, VDI, VHD, VHDX)</source>
        <translation>既存のイメージを使う (qcow2、raw、VMDK、VDI、VHD、VHDX)(&amp;E)</translation>
    </message>
    <message>
        <source>Host disk or partition</source>
        <translation>ホストのディスクまたはパーティション</translation>
    </message>
    <message>
        <source>/dev/sdb or /dev/sdb1</source>
        <translation>/dev/sdb または /dev/sdb1</translation>
    </message>
    <message>
        <source>Choose Host Disk</source>
        <translation>ホストのディスクを選択</translation>
    </message>
    <message>
        <source>&amp;Read-only (recommended)</source>
        <translation>読み取り専用 (推奨)(&amp;R)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Pass a &amp;host disk or partition through</source>
        <translation>ホストのディスクまたはパーティションをパススルーする(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation>ディスクなし(&amp;O)</translation>
    </message>
    <message>
        <source>Problem with the disk</source>
        <translation>ディスクの問題</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation>ディスクイメージ (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 image, %2 (%3 on disk)</source>
        <translation>%1 イメージ、%2 (ディスク上 %3)</translation>
    </message>
    <message>
        <source>Enter the disk&apos;s size, at least 1 MiB (e.g. 8 GiB or 500 MiB).</source>
        <translation>ディスクのサイズを 1 MiB 以上で入力してください (例: 8 GiB、500 MiB)。</translation>
    </message>
    <message>
        <source>Choose the disk image to use.</source>
        <translation>使用するディスクイメージを選んでください。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Enter the host disk or partition, e.g. /dev/sdb.</source>
        <translation>ホストのディスクまたはパーティションを入力してください (例: /dev/sdb)。</translation>
    </message>
    <message>
        <source>You may not read %1. Add yourself to the group that owns it (often “disk”) and log in again.</source>
        <translation>%1 を読み取る権限がありません。所有グループ (多くは「disk」) に自分を追加し、ログインし直してください。</translation>
    </message>
    <message>
        <source>The guest sees the disk as it is on this computer, but cannot change it.</source>
        <translation>ゲストはこのコンピューター上のディスクをそのまま見ますが、変更はできません。</translation>
    </message>
    <message>
        <source>Warning: the guest writes to this disk directly. Never let a VM write to a disk or partition this computer has mounted: both would corrupt it.</source>
        <translation>警告: ゲストはこのディスクに直接書き込みます。このコンピューターがマウントしているディスクやパーティションに VM を書き込ませないでください。両方から書き込むと壊れます。</translation>
    </message>
    <message>
        <source>IDE and SATA disks cannot be read-only, so it is attached to a SCSI controller: the guest needs a SCSI driver.</source>
        <translation>IDE と SATA のディスクは読み取り専用にできないため、SCSI コントローラーに接続します。ゲストには SCSI ドライバーが必要です。</translation>
    </message>
</context>
<context>
    <name>App::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>オペレーティングシステム(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>App::HardwarePage</name>
    <message>
        <source>Memory and processors</source>
        <translation>メモリとプロセッサ</translation>
    </message>
    <message>
        <source>How much of this computer the VM may use while it runs.</source>
        <translation>実行中の VM がこのコンピューターの資源をどれだけ使えるか。</translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation>メモリ (MiB)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>プロセッサ(&amp;P):</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %2 MiB and can use up to %3 MiB and %n processor(s). This computer has %4 MiB and %5 processors.</source>
        <translation>
            <numerusform>%1 には最低 %2 MiB が必要で、最大 %3 MiB とプロセッサ %n 個まで使えます。このコンピューターには %4 MiB とプロセッサ %5 個があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot use more than %2 MiB of memory; the rest is wasted, and some versions do not boot with more.</source>
        <translation>%1 は %2 MiB を超えるメモリを使えません。残りは無駄になり、それ以上では起動しない版もあります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 uses at most %n processor(s); the others stay idle.</source>
        <translation>
            <numerusform>%1 が使うプロセッサは最大 %n 個です。残りは使われません。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than three quarters of this computer&apos;s memory; the host may become slow.</source>
        <translation>このコンピューターのメモリの 4 分の 3 を超えています。ホストが遅くなることがあります。</translation>
    </message>
</context>
<context>
    <name>App::HostPanel</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation>アクセラレータ:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <source>Why this accelerator</source>
        <translation>このアクセラレータを選んだ理由</translation>
    </message>
    <message>
        <source>QEMU:</source>
        <translation>QEMU:</translation>
    </message>
    <message>
        <source>QEMU version</source>
        <translation>QEMU のバージョン</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
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
        <translation>Emanon 仮想マシン</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Search virtual machines</source>
        <translation>仮想マシンを検索</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>マシン(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Measure the &amp;Accelerator Again</source>
        <translation>アクセラレータを再測定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Emanon</source>
        <translation>Emanon について(&amp;A)</translation>
    </message>
    <message>
        <source>About Emanon</source>
        <translation>Emanon について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Emanon %1&lt;/h3&gt;&lt;p&gt;A desktop hypervisor that keeps old systems alive and remembers every state they were in.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Emanon %1&lt;/h3&gt;&lt;p&gt;古いシステムを生かし続け、そのすべての状態を覚えているデスクトップ用ハイパーバイザー。&lt;/p&gt;&lt;p&gt;ライブラリ: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s)</source>
        <translation>
            <numerusform>仮想マシン %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Snapshots</source>
        <translation>%1 — スナップショット</translation>
    </message>
    <message>
        <source>Could not read the snapshots of %1</source>
        <translation>%1 のスナップショットを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>App::MediaPage</name>
    <message>
        <source>Installation media</source>
        <translation>インストールメディア</translation>
    </message>
    <message>
        <source>CD/DVD image</source>
        <translation>CD/DVD イメージ</translation>
    </message>
    <message>
        <source>No CD inserted</source>
        <translation>CD は挿入されていません</translation>
    </message>
    <message>
        <source>&amp;CD/DVD image:</source>
        <translation>CD/DVD イメージ(&amp;C):</translation>
    </message>
    <message>
        <source>Choose CD/DVD Image</source>
        <translation>CD/DVD イメージを選択</translation>
    </message>
    <message>
        <source>CD/DVD images (*.iso);;All files (*)</source>
        <translation>CD/DVD イメージ (*.iso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Floppy image</source>
        <translation>フロッピーイメージ</translation>
    </message>
    <message>
        <source>No floppy inserted</source>
        <translation>フロッピーは挿入されていません</translation>
    </message>
    <message>
        <source>&amp;Floppy image:</source>
        <translation>フロッピーイメージ(&amp;F):</translation>
    </message>
    <message>
        <source>Choose Floppy Image</source>
        <translation>フロッピーイメージを選択</translation>
    </message>
    <message>
        <source>Floppy images (*.img *.ima *.flp *.vfd);;All files (*)</source>
        <translation>フロッピーイメージ (*.img *.ima *.flp *.vfd);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Problem with the media</source>
        <translation>メディアの問題</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Eject %1</source>
        <translation>%1 を取り出す</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a file you may read.</source>
        <translation>%1 は読み取れるファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is larger than any floppy disk (at most 2.88 MB).</source>
        <translation>%1 はどのフロッピーディスクよりも大きすぎます (最大 2.88 MB)。</translation>
    </message>
    <message>
        <source>Insert the CD or floppy to install from. Both are optional and can be changed later in the VM&apos;s settings.</source>
        <translation>インストールに使う CD またはフロッピーを挿入します。どちらも省略でき、後で VM の設定から変更できます。</translation>
    </message>
</context>
<context>
    <name>App::NamePage</name>
    <message>
        <source>Name and location</source>
        <translation>名前と場所</translation>
    </message>
    <message>
        <source>The name identifies the VM in the list and on the command line.</source>
        <translation>名前は一覧とコマンドラインで VM を識別します。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>Enter a name for the VM.</source>
        <translation>VM の名前を入力してください。</translation>
    </message>
    <message>
        <source>A VM called “%1” already exists. Choose another name.</source>
        <translation>「%1」という VM は既にあります。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>App::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>With NAT the guest reaches the network through this computer; other computers reach the guest only through the ports you forward.</source>
        <translation>NAT では、ゲストはこのコンピューター経由でネットワークに接続します。他のコンピューターからゲストへは、転送したポートからのみ接続できます。</translation>
    </message>
    <message>
        <source>&amp;NAT (shared with this computer)</source>
        <translation>NAT (このコンピューターと共有)(&amp;N)</translation>
    </message>
    <message>
        <source>NAT network</source>
        <translation>NAT ネットワーク</translation>
    </message>
    <message>
        <source>No net&amp;work</source>
        <translation>ネットワークなし(&amp;W)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>ネットワークなし</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>ネットワークカード</translation>
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
        <translation>virtio (準仮想化)</translation>
    </message>
    <message>
        <source>Network &amp;card:</source>
        <translation>ネットワークカード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Port forwards (host → guest):</source>
        <translation>ポート転送 (ホスト → ゲスト)(&amp;P):</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>ポート転送</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>ホストのポート</translation>
    </message>
    <message>
        <source>Guest port</source>
        <translation>ゲストのポート</translation>
    </message>
    <message>
        <source>&amp;Add Forward</source>
        <translation>転送を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Forward</source>
        <translation>転送を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Problem with the network</source>
        <translation>ネットワークの問題</translation>
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
        <translation>ホストのポート %1 (%2) が二重に転送されています。</translation>
    </message>
    <message>
        <source>Host port %1 is below 1024; only the administrator may open it. Use a port from 1024 up.</source>
        <translation>ホストのポート %1 は 1024 未満で、管理者しか開けません。1024 以上のポートを使ってください。</translation>
    </message>
</context>
<context>
    <name>App::NetworkSettingsPage</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>&amp;Connect a network card (NAT)</source>
        <translation>ネットワークカードを接続する (NAT)(&amp;C)</translation>
    </message>
    <message>
        <source>NAT network</source>
        <translation>NAT ネットワーク</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>ネットワークカード</translation>
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
        <translation>virtio (準仮想化)</translation>
    </message>
    <message>
        <source>Network &amp;card:</source>
        <translation>ネットワークカード(&amp;C):</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC アドレス(&amp;M):</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>ポート転送</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>ホストのアドレス</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>ホストのポート</translation>
    </message>
    <message>
        <source>Guest port</source>
        <translation>ゲストのポート</translation>
    </message>
    <message>
        <source>&amp;Port forwards:</source>
        <translation>ポート転送(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Add Forward</source>
        <translation>転送を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Forward</source>
        <translation>転送を削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>App::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新しい仮想マシン</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 を作成できませんでした</translation>
    </message>
</context>
<context>
    <name>App::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Emanon.</source>
        <translation>新しい言語は Emanon の次回起動時から使われます。</translation>
    </message>
</context>
<context>
    <name>App::ProfilePage</name>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Choose the system you will install. Emanon sets up period hardware it has drivers for; you can change every setting later.</source>
        <translation>インストールするシステムを選んでください。Emanon はそのシステムがドライバーを持つ当時のハードウェアを用意します。設定はすべて後で変更できます。</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>What this profile sets up</source>
        <translation>このプロファイルが用意するもの</translation>
    </message>
    <message>
        <source>Choose an operating system from the list.</source>
        <translation>一覧からオペレーティングシステムを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 CPU, %3 graphics, %4 network card, %5 disks. Memory %6–%7 MiB (default %8 MiB), at most %n processor(s).</source>
        <translation>
            <numerusform>%1: CPU %2、グラフィックス %3、ネットワークカード %4、%5 ディスク。メモリ %6–%7 MiB (既定 %8 MiB)、プロセッサ最大 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes for this operating system</source>
        <translation>このオペレーティングシステムに関する注意事項</translation>
    </message>
    <message>
        <source>Installation guide for legacy systems...</source>
        <translation>レガシーシステムのインストールガイド...</translation>
    </message>
    <message>
        <source>Open the installation guide for legacy systems</source>
        <translation>レガシーシステムのインストールガイドを開く</translation>
    </message>
    <message>
        <source>Legacy guests: profiles, installation and known problems</source>
        <translation>レガシーゲスト: プロファイル、インストール、既知の問題</translation>
    </message>
    <message>
        <source>Installation guide</source>
        <translation>インストールガイド</translation>
    </message>
    <message>
        <source>The guide is missing from this build of Emanon.</source>
        <translation>このビルドの Emanon にはガイドが含まれていません。</translation>
    </message>
</context>
<context>
    <name>App::SerialConsoleView</name>
    <message>
        <source>Serial console</source>
        <translation>シリアルコンソール</translation>
    </message>
</context>
<context>
    <name>App::SnapshotBrowser</name>
    <message>
        <source>Snapshots of %1</source>
        <translation>%1 のスナップショット</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot...</source>
        <translation>スナップショットを作成(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot</source>
        <translation>スナップショットに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete &amp;Branch</source>
        <translation>ブランチを削除(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>名前を変更(&amp;N)...</translation>
    </message>
    <message>
        <source>Screenshot at the time of the snapshot</source>
        <translation>スナップショット作成時のスクリーンショット</translation>
    </message>
    <message>
        <source>Snapshot details</source>
        <translation>スナップショットの詳細</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Save Description</source>
        <translation>説明を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>説明を保存</translation>
    </message>
    <message>
        <source>Settings that differ from now (then -&gt; now):</source>
        <translation>現在と異なる設定 (当時 -&gt; 現在):</translation>
    </message>
    <message>
        <source>Settings that differ from now</source>
        <translation>現在と異なる設定</translation>
    </message>
    <message>
        <source>Snapshot tree</source>
        <translation>スナップショットツリー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The VM&apos;s present state.</source>
        <translation>仮想マシンの現在の状態です。</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>スナップショットを選択してください。</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Running machine (memory %1), guest time %2 s</source>
        <translation>実行中のマシン (メモリ %1)、ゲスト時間 %2 秒</translation>
    </message>
    <message>
        <source>Disks only (the VM was off)</source>
        <translation>ディスクのみ (仮想マシンは停止中でした)</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>Not recorded: this snapshot was made outside Emanon.</source>
        <translation>記録なし: このスナップショットは Emanon の外部で作成されました。</translation>
    </message>
    <message>
        <source>None: the settings are as they were.</source>
        <translation>なし: 設定は当時のままです。</translation>
    </message>
    <message>
        <source>Save the VM&apos;s present state as a new snapshot.</source>
        <translation>仮想マシンの現在の状態を新しいスナップショットとして保存します。</translation>
    </message>
    <message>
        <source>Go back to the selected snapshot.</source>
        <translation>選択したスナップショットに戻します。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショットを作成</translation>
    </message>
    <message>
        <source>Name of the new snapshot:</source>
        <translation>新しいスナップショットの名前:</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>スナップショット %1</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>スナップショットに戻す</translation>
    </message>
    <message>
        <source>Revert %1 to &quot;%2&quot;? Its present state is lost unless you take a snapshot of it first.</source>
        <translation>%1 を「%2」に戻しますか? 先にスナップショットを作成しない限り、現在の状態は失われます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; and the %n snapshot(s) below it? This cannot be undone.</source>
        <translation>
            <numerusform>「%1」とその下にある %n 個のスナップショットを削除しますか? この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The snapshots below it move up to its parent. This cannot be undone.</source>
        <translation>「%1」を削除しますか? その下にあるスナップショットは親に移動します。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation>ブランチを削除</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>スナップショットの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Could not rename the snapshot</source>
        <translation>スナップショットの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Could not save the description</source>
        <translation>説明を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>App::SnapshotTreeModel</name>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Running machine</source>
        <translation>実行中のマシン</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation>ディスクのみ</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>現在の位置</translation>
    </message>
    <message>
        <source>The VM&apos;s present state. Taking a snapshot adds it here.</source>
        <translation>仮想マシンの現在の状態です。スナップショットを作成するとここに追加されます。</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>App::StorageSettingsPage</name>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Eject %1</source>
        <translation>%1 を取り出す</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>リムーバブルメディア</translation>
    </message>
    <message>
        <source>CD/DVD image</source>
        <translation>CD/DVD イメージ</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>&amp;CD/DVD image:</source>
        <translation>CD/DVD イメージ(&amp;C):</translation>
    </message>
    <message>
        <source>Choose CD/DVD Image</source>
        <translation>CD/DVD イメージを選択</translation>
    </message>
    <message>
        <source>Floppy image</source>
        <translation>フロッピーイメージ</translation>
    </message>
    <message>
        <source>&amp;Floppy image:</source>
        <translation>フロッピーイメージ(&amp;F):</translation>
    </message>
    <message>
        <source>Choose Floppy Image</source>
        <translation>フロッピーイメージを選択</translation>
    </message>
    <message>
        <source>Format of %1</source>
        <translation>%1 の形式</translation>
    </message>
    <message>
        <source>Bus of %1</source>
        <translation>%1 のバス</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 は読み取り専用</translation>
    </message>
</context>
<context>
    <name>App::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Summary of the new VM</source>
        <translation>新しい VM の概要</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it has been created</source>
        <translation>作成後に VM を起動する(&amp;S)</translation>
    </message>
    <message>
        <source>Start the VM when it has been created</source>
        <translation>作成後に VM を起動する</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>What the guest system will not like</source>
        <translation>ゲストのシステムに合わない点</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Check your choices. Press Back to change one, Create to make the VM.</source>
        <translation>選択内容を確認してください。変更するには「戻る」、VM を作成するには「作成」を押します。</translation>
    </message>
</context>
<context>
    <name>App::SystemSettingsPage</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation>メモリ (MiB)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>プロセッサ(&amp;P):</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <source>QEMU 64-bit (qemu64)</source>
        <translation>QEMU 64 ビット (qemu64)</translation>
    </message>
    <message>
        <source>QEMU 32-bit (qemu32)</source>
        <translation>QEMU 32 ビット (qemu32)</translation>
    </message>
    <message>
        <source>Same as this computer (host, KVM only)</source>
        <translation>このコンピューターと同じ (host、KVM のみ)</translation>
    </message>
    <message>
        <source>CPU &amp;model:</source>
        <translation>CPU モデル(&amp;M):</translation>
    </message>
    <message>
        <source>CPU flags</source>
        <translation>CPU フラグ</translation>
    </message>
    <message>
        <source>e.g. level=3,-hypervisor</source>
        <translation>例: level=3,-hypervisor</translation>
    </message>
    <message>
        <source>CPU &amp;flags:</source>
        <translation>CPU フラグ(&amp;F):</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>マシンの種類</translation>
    </message>
    <message>
        <source>PC with i440FX chipset (1996)</source>
        <translation>i440FX チップセットの PC (1996 年)</translation>
    </message>
    <message>
        <source>PC with Q35 chipset (2009)</source>
        <translation>Q35 チップセットの PC (2009 年)</translation>
    </message>
    <message>
        <source>ISA-only PC (no PCI)</source>
        <translation>ISA のみの PC (PCI なし)</translation>
    </message>
    <message>
        <source>Mac&amp;hine:</source>
        <translation>マシン(&amp;H):</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
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
        <translation>ファームウェア(&amp;F):</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>自動 (このコンピューターで測定)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>TCG (software emulation)</source>
        <translation>TCG (ソフトウェアエミュレーション)</translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation>アクセラレータ(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;CPI (power button, shutdown)</source>
        <translation>ACPI (電源ボタン、シャットダウン)(&amp;C)</translation>
    </message>
    <message>
        <source>ACPI</source>
        <translation>ACPI</translation>
    </message>
    <message>
        <source>&amp;HPET timer</source>
        <translation>HPET タイマー(&amp;H)</translation>
    </message>
    <message>
        <source>HPET timer</source>
        <translation>HPET タイマー</translation>
    </message>
    <message>
        <source>Hardware clock</source>
        <translation>ハードウェア時計</translation>
    </message>
    <message>
        <source>UTC (Linux, BSD)</source>
        <translation>UTC (Linux、BSD)</translation>
    </message>
    <message>
        <source>Local time (DOS, Windows)</source>
        <translation>現地時刻 (DOS、Windows)</translation>
    </message>
    <message>
        <source>Hardware &amp;clock:</source>
        <translation>ハードウェア時計(&amp;C):</translation>
    </message>
</context>
<context>
    <name>App::VmActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Power Off</source>
        <translation>電源を切る(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>リセット(&amp;E)</translation>
    </message>
    <message>
        <source>Snaps&amp;hots</source>
        <translation>スナップショット(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>コンソール(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation>新しい仮想マシンを作成</translation>
    </message>
    <message>
        <source>Could not resume %1</source>
        <translation>%1 を再開できませんでした</translation>
    </message>
    <message>
        <source>Could not pause %1</source>
        <translation>%1 を一時停止できませんでした</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>%1 を停止できませんでした</translation>
    </message>
    <message>
        <source>Could not power off %1</source>
        <translation>%1 の電源を切れませんでした</translation>
    </message>
    <message>
        <source>Could not reset %1</source>
        <translation>%1 をリセットできませんでした</translation>
    </message>
    <message>
        <source>Select a virtual machine first.</source>
        <translation>先に仮想マシンを選んでください。</translation>
    </message>
    <message>
        <source>This VM&apos;s definition cannot be read: %1</source>
        <translation>この VM の定義を読み込めません: %1</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>Start the virtual machine</source>
        <translation>仮想マシンを起動</translation>
    </message>
    <message>
        <source>Resume the virtual machine</source>
        <translation>仮想マシンを再開</translation>
    </message>
    <message>
        <source>Pause the virtual machine</source>
        <translation>仮想マシンを一時停止</translation>
    </message>
    <message>
        <source>Press the power button; the power is cut if the guest does not shut down within a minute</source>
        <translation>電源ボタンを押します。1 分以内にゲストがシャットダウンしなければ電源を切ります</translation>
    </message>
    <message>
        <source>Cut the power at once</source>
        <translation>すぐに電源を切る</translation>
    </message>
    <message>
        <source>Reset the virtual machine</source>
        <translation>仮想マシンをリセット</translation>
    </message>
    <message>
        <source>Open the console of the virtual machine</source>
        <translation>仮想マシンのコンソールを開く</translation>
    </message>
    <message>
        <source>The console is available while the VM runs.</source>
        <translation>コンソールは VM の実行中に使えます。</translation>
    </message>
    <message>
        <source>Change the virtual machine&apos;s settings</source>
        <translation>仮想マシンの設定を変更</translation>
    </message>
    <message>
        <source>Move the virtual machine to the library&apos;s trash</source>
        <translation>仮想マシンをライブラリのゴミ箱に移動</translation>
    </message>
    <message>
        <source>A running VM cannot be deleted. Stop it first.</source>
        <translation>実行中の VM は削除できません。先に停止してください。</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 を起動できませんでした</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Move the virtual machine “%1” and its disks to the library&apos;s trash?</source>
        <translation>仮想マシン「%1」とそのディスクをライブラリのゴミ箱に移動しますか?</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Take, revert to and browse the VM&apos;s snapshots</source>
        <translation>VM のスナップショットを作成・復元・閲覧する</translation>
    </message>
    <message>
        <source>Import an OVA, OVF or zip appliance as a new VM</source>
        <translation>OVA、OVF、zip のアプライアンスを新しい VM としてインポート</translation>
    </message>
    <message>
        <source>Export the virtual machine as an OVA, OVF or zip appliance</source>
        <translation>仮想マシンを OVA、OVF、zip のアプライアンスとしてエクスポート</translation>
    </message>
    <message>
        <source>A running VM cannot be exported. Stop it first.</source>
        <translation>実行中の VM はエクスポートできません。先に停止してください。</translation>
    </message>
</context>
<context>
    <name>App::VmListModel</name>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>App::VmSettingsDialog</name>
    <message>
        <source>%1 — Settings</source>
        <translation>%1 — 設定</translation>
    </message>
    <message>
        <source>Why the settings cannot be changed</source>
        <translation>設定を変更できない理由</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Could not save the settings of %1</source>
        <translation>%1 の設定を保存できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) must be corrected first:</source>
        <translation>
            <numerusform>先に %n 件の設定を修正する必要があります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>%1 の名前を変更できませんでした</translation>
    </message>
    <message>
        <source>%1 is %2. Only the CD and floppy can be changed now; the other settings can be changed when it is stopped.</source>
        <translation>%1 は%2です。今変更できるのは CD とフロッピーだけです。ほかの設定は停止中に変更できます。</translation>
    </message>
    <message>
        <source>Change Media</source>
        <translation>メディアを変更</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Insert or eject the CD and floppy in the running VM</source>
        <translation>実行中の VM の CD とフロッピーを挿入・取り出しする</translation>
    </message>
    <message>
        <source>Could not change the medium of %1</source>
        <translation>%1 のメディアを変更できませんでした</translation>
    </message>
</context>
<context>
    <name>ApplianceTransfer</name>
    <message>
        <source>Import Appliance</source>
        <translation>アプライアンスをインポート</translation>
    </message>
    <message>
        <source>Appliances (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>アプライアンス (*.ova *.ovf *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source>OVA appliance (*.ova);;OVF folder (*.ovf);;Emanon bundle as zip (*.zip)</source>
        <translation>OVA アプライアンス (*.ova);;OVF フォルダー (*.ovf);;zip 形式の Emanon バンドル (*.zip)</translation>
    </message>
</context>
<context>
    <name>Appliances::ExportJob</name>
    <message>
        <source>Exporting %1</source>
        <translation>%1 をエクスポートしています</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; Emanon never replaces a file when exporting.</source>
        <translation>%1 は既に存在します。別のファイル名を選択してください。Emanon はエクスポート時にファイルを上書きしません。</translation>
    </message>
    <message>
        <source>The disk %1 is a host disk used directly; it cannot be exported into an appliance. Remove it from the VM first.</source>
        <translation>ディスク %1 は直接使用されるホストディスクのため、アプライアンスにエクスポートできません。先に仮想マシンから取り外してください。</translation>
    </message>
    <message>
        <source>Cannot write into %1. Check that the folder exists and is writable.</source>
        <translation>%1 に書き込めません。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Converting disk %1 of %2</source>
        <translation>ディスク %1/%2 を変換しています</translation>
    </message>
    <message>
        <source>Converting the disk %1 failed. %2</source>
        <translation>ディスク %1 の変換に失敗しました。%2</translation>
    </message>
    <message>
        <source>Writing the appliance</source>
        <translation>アプライアンスを書き込んでいます</translation>
    </message>
    <message>
        <source>Cannot write the OVF descriptor. Check that the disk is not full.</source>
        <translation>OVF 記述子を書き込めません。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation>%1 の書き込みに失敗しました。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Cannot write the manifest. Check that the disk is not full.</source>
        <translation>マニフェストを書き込めません。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create %1; a file of that name appeared meanwhile.</source>
        <translation>%1 を作成できません。その間に同名のファイルが作成されました。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>A zip bundle always holds every snapshot; export one snapshot as an OVA or OVF instead.</source>
        <translation>zip バンドルには常にすべてのスナップショットが含まれます。1 つのスナップショットをエクスポートするには OVA または OVF を使用してください。</translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; cannot be exported: %2</source>
        <translation>スナップショット「%1」をエクスポートできません: %2</translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation>ディスクイメージを変換しています</translation>
    </message>
    <message>
        <source>Could not convert the disk %1 as the snapshot holds it.</source>
        <translation>ディスク %1 をスナップショット時点の状態で変換できませんでした。</translation>
    </message>
</context>
<context>
    <name>Appliances::FolderReader</name>
    <message>
        <source>The file %1 of the appliance is missing; it must be in the folder of the .ovf file (%2).</source>
        <translation>アプライアンスのファイル %1 が見つかりません。このファイルは .ovf ファイルと同じフォルダー (%2) にある必要があります。</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation>シンボリックリンクですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
</context>
<context>
    <name>Appliances::ImportJob</name>
    <message>
        <source>Importing %1</source>
        <translation>%1 をインポートしています</translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that it is writable and that the disk is not full.</source>
        <translation>仮想マシンライブラリ %1 にフォルダーを作成できません。書き込み可能で、ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Reading the appliance</source>
        <translation>アプライアンスを読み込んでいます</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The disk %1 is a qcow2 image that refers to another file; it is refused.</source>
        <translation>ディスク %1 は別のファイルを参照する qcow2 イメージのため、拒否されました。</translation>
    </message>
    <message>
        <source>The disk %1 is not a self-contained disk image Emanon can import (a stream or sparse VMDK, qcow2, VDI or VHD). VMDK descriptors that point to other files are refused.</source>
        <translation>ディスク %1 は、Emanon がインポートできる自己完結型のディスクイメージ (ストリームまたはスパース VMDK、qcow2、VDI、VHD) ではありません。他のファイルを参照する VMDK 記述子は拒否されます。</translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation>ディスクイメージを変換しています</translation>
    </message>
    <message>
        <source>Could not convert the disk %1.</source>
        <translation>ディスク %1 を変換できませんでした。</translation>
    </message>
    <message>
        <source>Converting disk %1 of %2</source>
        <translation>ディスク %1/%2 を変換しています</translation>
    </message>
    <message>
        <source>Converting the disk %1 of the appliance failed. %2</source>
        <translation>アプライアンスのディスク %1 の変換に失敗しました。%2</translation>
    </message>
    <message>
        <source>Cannot move the imported disk %1 into the VM&apos;s folder.</source>
        <translation>インポートしたディスク %1 を仮想マシンのフォルダーに移動できません。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Appliances::ImportPlanner</name>
    <message>
        <source>The hard disk &quot;%1&quot; refers to &quot;%2&quot;, which is not a disk of the appliance&apos;s DiskSection. The appliance is damaged.</source>
        <translation>ハードディスク「%1」は「%2」を参照していますが、これはアプライアンスの DiskSection にあるディスクではありません。アプライアンスが破損しています。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; hangs on no known controller; it is attached to IDE.</source>
        <translation>ディスク「%1」は既知のコントローラーに接続されていないため、IDE に接続します。</translation>
    </message>
    <message>
        <source>The CD/DVD drive &quot;%1&quot; hangs on no known controller; it is attached to IDE.</source>
        <translation>CD/DVD ドライブ「%1」は既知のコントローラーに接続されていないため、IDE に接続します。</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; holds a medium (%2) that is not imported; the drive is left empty.</source>
        <translation>ドライブ「%1」にはインポートされないメディア (%2) が入っているため、ドライブは空のままにします。</translation>
    </message>
    <message>
        <source>The network card model %1 has no equivalent; an Intel E1000 is used instead.</source>
        <translation>ネットワークカードのモデル %1 に相当するものがないため、代わりに Intel E1000 を使用します。</translation>
    </message>
    <message>
        <source>The network card on &quot;%1&quot; is connected to NAT.</source>
        <translation>「%1」のネットワークカードは NAT に接続されます。</translation>
    </message>
    <message>
        <source>The sound card %1 is emulated as %2.</source>
        <translation>サウンドカード %1 は %2 としてエミュレートされます。</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; has no equivalent and is left out.</source>
        <translation>デバイス「%1」に相当するものがないため、省略します。</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; (resource type %2) has no equivalent and is left out.</source>
        <translation>デバイス「%1」(リソースタイプ %2) に相当するものがないため、省略します。</translation>
    </message>
    <message>
        <source>The appliance asks for %1 CPUs; the profile allows %2.</source>
        <translation>アプライアンスは %1 個の CPU を要求していますが、プロファイルで許可されるのは %2 個です。</translation>
    </message>
    <message>
        <source>The memory size could not be read; %1 MiB is used.</source>
        <translation>メモリサイズを読み取れなかったため、%1 MiB を使用します。</translation>
    </message>
    <message>
        <source>The SCSI controller %1 is emulated as an LSI 53C895A.</source>
        <translation>SCSI コントローラー %1 は LSI 53C895A としてエミュレートされます。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; is attached twice in the appliance. The appliance is damaged.</source>
        <translation>ディスク「%1」がアプライアンス内で 2 回接続されています。アプライアンスが破損しています。</translation>
    </message>
    <message>
        <source>Two disks of the appliance use the same file %1. The appliance is damaged.</source>
        <translation>アプライアンスの 2 つのディスクが同じファイル %1 を使用しています。アプライアンスが破損しています。</translation>
    </message>
    <message>
        <source>The VM booted a kernel file of the exporting host (%1); that setting is removed.</source>
        <translation>この仮想マシンはエクスポート元ホストのカーネルファイル (%1) から起動していました。この設定は削除されます。</translation>
    </message>
    <message>
        <source>The medium %1 of drive %2 is not part of the appliance; the drive is left empty.</source>
        <translation>ドライブ %2 のメディア %1 はアプライアンスに含まれていないため、ドライブは空のままにします。</translation>
    </message>
    <message>
        <source>The appliance asks for %1 MiB of memory, more than this computer has (%2 MiB); %3 MiB is used.</source>
        <translation>アプライアンスは %1 MiB のメモリを要求していますが、このコンピューターのメモリ (%2 MiB) を超えているため、%3 MiB を使用します。</translation>
    </message>
    <message>
        <source>The appliance asks for %1 CPUs, more than this computer has; %2 are used.</source>
        <translation>アプライアンスは %1 個の CPU を要求していますが、このコンピューターの CPU 数を超えているため、%2 個を使用します。</translation>
    </message>
    <message>
        <source>The appliance has no virtual system number %1.</source>
        <translation>アプライアンスに仮想システム番号 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no guest profile &quot;%1&quot;.</source>
        <translation>ゲストプロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>The Emanon settings name the disk %1, which is not in the appliance.</source>
        <translation>Emanon の設定がディスク %1 を指定していますが、アプライアンスに含まれていません。</translation>
    </message>
    <message>
        <source>Exported by Emanon: every setting is restored from the appliance.</source>
        <translation>Emanon でエクスポートされたアプライアンスです: すべての設定がアプライアンスから復元されます。</translation>
    </message>
    <message>
        <source>The Emanon settings in the appliance cannot be read (%1); the standard OVF hardware is used.</source>
        <translation>アプライアンス内の Emanon の設定を読み取れないため (%1)、標準の OVF ハードウェアを使用します。</translation>
    </message>
    <message>
        <source>Guest profile: %1 (the appliance says %2).</source>
        <translation>ゲストプロファイル: %1 (アプライアンスでは %2)。</translation>
    </message>
    <message>
        <source>nothing about its OS</source>
        <translation>OS に関する情報なし</translation>
    </message>
    <message>
        <source>Firmware: UEFI.</source>
        <translation>ファームウェア: UEFI。</translation>
    </message>
    <message>
        <source>The appliance has no hard disk.</source>
        <translation>アプライアンスにハードディスクがありません。</translation>
    </message>
</context>
<context>
    <name>Appliances::Manifest</name>
    <message>
        <source>Line %1 of the manifest (.mf) is not a SHA1, SHA256 or SHA512 digest. The appliance is damaged; get it again.</source>
        <translation>マニフェスト (.mf) の %1 行目が SHA1、SHA256、SHA512 のダイジェストではありません。アプライアンスが破損しています。もう一度入手してください。</translation>
    </message>
    <message>
        <source>The %1 digest of %2 in the manifest has the wrong length. The appliance is damaged; get it again.</source>
        <translation>マニフェスト内の %2 の %1 ダイジェストの長さが正しくありません。アプライアンスが破損しています。もう一度入手してください。</translation>
    </message>
    <message>
        <source>The manifest names %1 twice. The appliance is damaged or was tampered with.</source>
        <translation>マニフェストに %1 が 2 回記載されています。アプライアンスが破損しているか、改ざんされています。</translation>
    </message>
</context>
<context>
    <name>Appliances::OvfParser</name>
    <message>
        <source>The OVF file contains a document type declaration, which OVF never uses; it is refused for safety. Ask the appliance&apos;s publisher for a standard OVF file.</source>
        <translation>OVF ファイルに文書型宣言が含まれています。OVF では使用されないため、安全のため拒否しました。アプライアンスの提供元に標準の OVF ファイルを依頼してください。</translation>
    </message>
    <message>
        <source>The OVF file nests elements more than %1 deep; it is refused for safety.</source>
        <translation>OVF ファイルの要素の入れ子が %1 階層を超えています。安全のため拒否しました。</translation>
    </message>
    <message>
        <source>The OVF file is not an XML document. Check that it is an OVF descriptor and that it was copied completely.</source>
        <translation>OVF ファイルが XML 文書ではありません。OVF 記述子であること、完全にコピーされていることを確認してください。</translation>
    </message>
    <message>
        <source>The file is XML but not an OVF descriptor (it has no Envelope).</source>
        <translation>このファイルは XML ですが、OVF 記述子ではありません (Envelope がありません)。</translation>
    </message>
    <message>
        <source>This OVF version (namespace %1) is not supported. Emanon reads OVF 0.9, 1.x and 2.0.</source>
        <translation>この OVF バージョン (名前空間 %1) はサポートされていません。Emanon が読み込めるのは OVF 0.9、1.x、2.0 です。</translation>
    </message>
    <message>
        <source>The OVF file is not well-formed XML. It may be damaged or incomplete: download or copy it again.</source>
        <translation>OVF ファイルが整形式の XML ではありません。破損しているか不完全な可能性があります。もう一度ダウンロードまたはコピーしてください。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; names the file &quot;%2&quot;, which is not in the OVF References. The appliance is damaged or incomplete.</source>
        <translation>ディスク「%1」はファイル「%2」を指定していますが、OVF の References にありません。アプライアンスが破損しているか不完全です。</translation>
    </message>
    <message>
        <source>The OVF file describes no virtual machine (no VirtualSystem).</source>
        <translation>OVF ファイルに仮想マシンが記述されていません (VirtualSystem がありません)。</translation>
    </message>
    <message>
        <source>A file in the OVF References has no id or no name.</source>
        <translation>OVF の References にあるファイルに id または name がありません。</translation>
    </message>
    <message>
        <source>The file %1 is compressed with &quot;%2&quot;, which Emanon cannot read (only gzip).</source>
        <translation>ファイル %1 は「%2」で圧縮されていますが、Emanon では読み込めません (gzip のみ対応)。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; in the OVF DiskSection has no valid capacity (%2 %3).</source>
        <translation>OVF の DiskSection にあるディスク「%1」に有効な容量がありません (%2 %3)。</translation>
    </message>
    <message>
        <source>The OVF file is %1 MiB, larger than any real descriptor (at most %2 MiB); it is refused for safety.</source>
        <translation>OVF ファイルのサイズが %1 MiB あり、実際の記述子 (最大 %2 MiB) より大きいため、安全のため拒否しました。</translation>
    </message>
</context>
<context>
    <name>Appliances::PackageExtractor</name>
    <message>
        <source>The import was canceled.</source>
        <translation>インポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>The file %1 of the appliance is %2 bytes, far larger than such a file can be; it is refused for safety.</source>
        <translation>アプライアンスのファイル %1 は %2 バイトあり、この種類のファイルとしては大きすぎるため、安全のため拒否しました。</translation>
    </message>
    <message>
        <source>The file %1 of the appliance is larger than such a file can be; it is refused for safety.</source>
        <translation>アプライアンスのファイル %1 はこの種類のファイルとしては大きすぎるため、安全のため拒否しました。</translation>
    </message>
    <message>
        <source>The appliance does not start with its .ovf descriptor (it starts with %1). It is not a valid OVA.</source>
        <translation>アプライアンスが .ovf 記述子で始まっていません (%1 で始まっています)。有効な OVA ではありません。</translation>
    </message>
    <message>
        <source>The appliance&apos;s name &quot;%1&quot; cannot be a VM name: %2 Choose another name.</source>
        <translation>アプライアンスの名前「%1」は仮想マシン名として使用できません: %2 別の名前を選択してください。</translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists. Choose another name for the imported VM.</source>
        <translation>「%1」という名前の仮想マシンは既に存在します。インポートする仮想マシンに別の名前を選択してください。</translation>
    </message>
    <message>
        <source>The appliance has a license agreement that must be accepted before it is imported.</source>
        <translation>このアプライアンスには、インポート前に同意が必要な使用許諾契約があります。</translation>
    </message>
    <message>
        <source>The descriptor names the file &quot;%1&quot;, which is refused: %2</source>
        <translation>記述子が指定しているファイル「%1」は拒否されました: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than the descriptor declares (%2 bytes); the appliance is damaged or was tampered with.</source>
        <translation>ファイル %1 が記述子で宣言されたサイズ (%2 バイト) より大きいです。アプライアンスが破損しているか、改ざんされています。</translation>
    </message>
    <message>
        <source>The file %1 is not listed in the appliance&apos;s manifest, so it cannot be verified. Get the appliance again, or import without verification.</source>
        <translation>ファイル %1 はアプライアンスのマニフェストに記載されていないため、検証できません。アプライアンスをもう一度入手するか、検証なしでインポートしてください。</translation>
    </message>
    <message>
        <source>The file %1 does not match the %2 digest in the appliance&apos;s manifest: it is damaged or was changed. Get the appliance again.</source>
        <translation>ファイル %1 がアプライアンスのマニフェストの %2 ダイジェストと一致しません。破損しているか変更されています。アプライアンスをもう一度入手してください。</translation>
    </message>
    <message>
        <source>The appliance contains the file %1 twice; it is refused (the second copy could replace the verified one).</source>
        <translation>アプライアンスにファイル %1 が 2 つ含まれているため、拒否しました (2 つ目が検証済みのファイルを置き換える可能性があります)。</translation>
    </message>
    <message>
        <source>The certificate %1 is too large.</source>
        <translation>証明書 %1 が大きすぎます。</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 to import %2 (%3 MiB needed, %4 MiB free).</source>
        <translation>%1 に %2 をインポートするための空き容量が足りません (必要: %3 MiB、空き: %4 MiB)。</translation>
    </message>
    <message>
        <source>The disk file %1 named by the appliance is missing from the package. Get the complete appliance.</source>
        <translation>アプライアンスが指定しているディスクファイル %1 がパッケージに含まれていません。完全なアプライアンスを入手してください。</translation>
    </message>
    <message>
        <source>The file %1 of the package is not used.</source>
        <translation>パッケージのファイル %1 は使用されません。</translation>
    </message>
    <message>
        <source>The appliance is signed, but Emanon does not check signatures: only the manifest digests were verified.</source>
        <translation>アプライアンスは署名されていますが、Emanon は署名を検証しません。マニフェストのダイジェストのみを検証しました。</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the files were imported without checking the manifest, as asked. They may be damaged or changed.</source>
        <translation>未検証: 指定に従い、マニフェストを確認せずにファイルをインポートしました。破損または変更されている可能性があります。</translation>
    </message>
    <message>
        <source>The appliance has no manifest: its files could not be verified.</source>
        <translation>アプライアンスにマニフェストがないため、ファイルを検証できませんでした。</translation>
    </message>
    <message>
        <source>The manifest lists %1, which is not in the appliance. The appliance is incomplete or was tampered with.</source>
        <translation>マニフェストに記載された %1 がアプライアンスに含まれていません。アプライアンスが不完全か、改ざんされています。</translation>
    </message>
    <message>
        <source>Every file matches the appliance&apos;s manifest.</source>
        <translation>すべてのファイルがアプライアンスのマニフェストと一致しました。</translation>
    </message>
    <message>
        <source>The appliance is empty.</source>
        <translation>アプライアンスが空です。</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk is not full.</source>
        <translation>%1 に書き込めません。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>The compressed file %1 unpacks to more data than its disk can hold (a compression bomb); it is refused.</source>
        <translation>圧縮ファイル %1 を展開するとディスクの容量を超えるデータになるため (圧縮爆弾)、拒否しました。</translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation>%1 の書き込みに失敗しました。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>The gzip-compressed file %1 is damaged.</source>
        <translation>gzip 圧縮ファイル %1 が破損しています。</translation>
    </message>
    <message>
        <source>The gzip-compressed file %1 is incomplete.</source>
        <translation>gzip 圧縮ファイル %1 が不完全です。</translation>
    </message>
</context>
<context>
    <name>Appliances::PackageReader</name>
    <message>
        <source>The appliance contains &quot;%1&quot;, which is refused: %2 Nothing was imported.</source>
        <translation>アプライアンスに含まれる「%1」は拒否されました: %2 何もインポートされていません。</translation>
    </message>
    <message>
        <source>The appliance %1 is damaged or incomplete (truncated). Download or copy it again.</source>
        <translation>アプライアンス %1 が破損しているか不完全です (途中で切れています)。もう一度ダウンロードまたはコピーしてください。</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>名前がありません。</translation>
    </message>
    <message>
        <source>its name is an absolute path, which could write outside the import folder.</source>
        <translation>名前が絶対パスのため、インポートフォルダーの外に書き込まれる可能性があります。</translation>
    </message>
    <message>
        <source>its name climbs out of the package (&quot;..&quot;), which could write outside the import folder.</source>
        <translation>名前がパッケージの外を指しているため ("..")、インポートフォルダーの外に書き込まれる可能性があります。</translation>
    </message>
    <message>
        <source>its name is inside a folder, and an appliance holds only plain file names.</source>
        <translation>名前がフォルダー内を指していますが、アプライアンスには単純なファイル名しか含められません。</translation>
    </message>
    <message>
        <source>its name is &quot;.&quot;.</source>
        <translation>名前が「.」です。</translation>
    </message>
    <message>
        <source>its name contains control characters.</source>
        <translation>名前に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>its name is longer than 255 characters.</source>
        <translation>名前が 255 文字を超えています。</translation>
    </message>
    <message>
        <source>Cannot open the appliance %1. Check the name and that you may read it.</source>
        <translation>アプライアンス %1 を開けません。名前と読み取り権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>Appliances::TarReader</name>
    <message>
        <source>%1 is not an OVA (a tar or zip archive) that Emanon can read.</source>
        <translation>%1 は Emanon が読み込める OVA (tar または zip アーカイブ) ではありません。</translation>
    </message>
    <message>
        <source>it is a hard link, and an appliance holds only plain files.</source>
        <translation>ハードリンクですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation>シンボリックリンクですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a folder, and an appliance holds only plain files.</source>
        <translation>フォルダーですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a device or another special file, and an appliance holds only plain files.</source>
        <translation>デバイスまたはその他の特殊ファイルですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a sparse tar member.</source>
        <translation>スパースな tar メンバーです。</translation>
    </message>
</context>
<context>
    <name>Appliances::ZipReader</name>
    <message>
        <source>it is a folder, and an appliance holds only plain files.</source>
        <translation>フォルダーですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a symbolic link, and an appliance holds only plain files.</source>
        <translation>シンボリックリンクですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it is a device or another special file, and an appliance holds only plain files.</source>
        <translation>デバイスまたはその他の特殊ファイルですが、アプライアンスには通常のファイルしか含められません。</translation>
    </message>
    <message>
        <source>it unpacks to more data than its header declares (a zip bomb).</source>
        <translation>ヘッダーで宣言されたサイズを超えるデータに展開されます (zip 爆弾)。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation>%1 に書き込めません。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Writing %1 failed; the previous version is kept. Free some disk space and try again.</source>
        <translation>%1 の書き込みに失敗しました。以前のバージョンは保持されています。ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving %1 failed; the previous version is kept. Free some disk space and try again.</source>
        <translation>%1 の保存に失敗しました。以前のバージョンは保持されています。ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be a valid file of its kind.</source>
        <translation>%1 は大きすぎるため (%2 バイト)、この種類の有効なファイルではありません。</translation>
    </message>
</context>
<context>
    <name>DiskImage</name>
    <message>
        <source>qemu-img could not be started. Check that the qemu-utils package is installed correctly.</source>
        <translation>qemu-img を起動できませんでした。qemu-utils パッケージが正しくインストールされていることを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>qemu-img did not answer within %n second(s).</source>
        <translation>
            <numerusform>qemu-img が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; starts with &apos;-&apos;, which qemu-img would read as an option. Use ./%1 instead.</source>
        <translation>パス「%1」は「-」で始まるため、qemu-img がオプションとして解釈してしまいます。代わりに ./%1 を使用してください。</translation>
    </message>
    <message>
        <source>The disk image format &quot;%1&quot; is not supported. Use one of: %2.</source>
        <translation>ディスクイメージ形式「%1」はサポートされていません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>%1 bytes is not a possible disk size.</source>
        <translation>%1 バイトはディスクサイズとして使用できません。</translation>
    </message>
    <message>
        <source>The image option &quot;%1&quot; is not of the form key=value (without commas).</source>
        <translation>イメージオプション「%1」が key=value の形式 (カンマなし) になっていません。</translation>
    </message>
    <message>
        <source>The vmdk subformat %1 writes several files, which Emanon does not support. Use monolithicSparse or streamOptimized.</source>
        <translation>vmdk サブフォーマット %1 は複数のファイルを書き込みますが、Emanon はこれをサポートしていません。monolithicSparse または streamOptimized を使用してください。</translation>
    </message>
    <message>
        <source>The disk image %1 does not exist.</source>
        <translation>ディスクイメージ %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a disk image.</source>
        <translation>%1 はフォルダーであり、ディスクイメージではありません。</translation>
    </message>
    <message>
        <source>You do not have permission to read the disk image %1.</source>
        <translation>ディスクイメージ %1 を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>The disk image %1 is in use, probably by a running virtual machine. Shut the machine down first.</source>
        <translation>ディスクイメージ %1 は使用中です。実行中の仮想マシンが使用している可能性があります。先にそのマシンをシャットダウンしてください。</translation>
    </message>
    <message>
        <source>%1 is not a disk image QEMU can open, or it is damaged.</source>
        <translation>%1 は QEMU が開けるディスクイメージではないか、破損しています。</translation>
    </message>
    <message>
        <source>qemu-img described %1 in a way Emanon cannot read.</source>
        <translation>qemu-img が出力した %1 の情報を Emanon が解釈できません。</translation>
    </message>
    <message>
        <source>Creating disk image</source>
        <translation>ディスクイメージを作成しています</translation>
    </message>
    <message>
        <source>Only qcow2 images can have a backing file (linked clone), not %1.</source>
        <translation>バッキングファイル (リンククローン) を持てるのは qcow2 イメージだけです (%1 は不可)。</translation>
    </message>
    <message>
        <source>The backing file %1 does not exist.</source>
        <translation>バッキングファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>A new disk image needs a size larger than 0 bytes.</source>
        <translation>新しいディスクイメージには 0 バイトより大きいサイズが必要です。</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 を作成しています</translation>
    </message>
    <message>
        <source>Could not create the disk image %1.</source>
        <translation>ディスクイメージ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>A disk image needs a size larger than 0 bytes.</source>
        <translation>ディスクイメージには 0 バイトより大きいサイズが必要です。</translation>
    </message>
    <message>
        <source>%1 is smaller than the disk&apos;s current size of %2. Shrinking deletes everything stored past the new end of the disk; shrink the partitions inside the guest first and confirm the shrink.</source>
        <translation>%1 はディスクの現在のサイズ %2 より小さいです。縮小すると、ディスクの新しい終端より後ろに保存されているデータはすべて削除されます。先にゲスト内でパーティションを縮小してから、縮小を確定してください。</translation>
    </message>
    <message>
        <source>Could not resize the disk image %1.</source>
        <translation>ディスクイメージ %1 のサイズを変更できませんでした。</translation>
    </message>
    <message>
        <source>Converting disk image</source>
        <translation>ディスクイメージを変換しています</translation>
    </message>
    <message>
        <source>Copying data</source>
        <translation>データをコピーしています</translation>
    </message>
    <message>
        <source>Could not convert %1 to %2.</source>
        <translation>%1 を %2 に変換できませんでした。</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation>%1 EiB</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::DisplayWidget</name>
    <message>
        <source>Waiting for the VM&apos;s screen…</source>
        <translation>仮想マシンの画面を待っています…</translation>
    </message>
    <message>
        <source>Disconnected from the VM&apos;s display.</source>
        <translation>仮想マシンのディスプレイから切断されました。</translation>
    </message>
    <message>
        <source>Press %1 to release the pointer and keyboard.</source>
        <translation>%1 を押すとポインターとキーボードを解放します。</translation>
    </message>
    <message>
        <source>Click into the screen to capture the pointer; %1 releases it.</source>
        <translation>画面をクリックするとポインターをキャプチャします。%1 で解放します。</translation>
    </message>
    <message>
        <source>The pointer moves freely in and out of the VM.</source>
        <translation>ポインターは仮想マシンの内外を自由に移動します。</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::Keys</name>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation>AltGr</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::QtViewer</name>
    <message>
        <source>The VM has stopped.</source>
        <translation>仮想マシンは停止しました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::SdlViewer</name>
    <message>
        <source>Could not open a window: no graphical display is available.</source>
        <translation>ウィンドウを開けませんでした: グラフィカルディスプレイがありません。</translation>
    </message>
    <message>
        <source>Could not open a window for the VM&apos;s screen.</source>
        <translation>仮想マシンの画面用のウィンドウを開けませんでした。</translation>
    </message>
    <message>
        <source>press %1 to release the pointer</source>
        <translation>%1 を押すとポインターを解放</translation>
    </message>
    <message>
        <source>click to capture the pointer, %1 releases it</source>
        <translation>クリックでポインターをキャプチャ、%1 で解放</translation>
    </message>
    <message>
        <source>%1+F: full screen</source>
        <translation>%1+F: 全画面表示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The VM has stopped.</source>
        <translation>仮想マシンは停止しました。</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::SpiceSession</name>
    <message>
        <source>The VM&apos;s display is not available: the VM is not running or has no SPICE display. Start the VM, then connect again.</source>
        <translation>仮想マシンのディスプレイを利用できません: 仮想マシンが実行されていないか、SPICE ディスプレイがありません。仮想マシンを起動してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>No SPICE socket at %1</source>
        <translation>%1 に SPICE ソケットがありません</translation>
    </message>
    <message>
        <source>Could not connect to the VM&apos;s display. Check that the VM is running.</source>
        <translation>仮想マシンのディスプレイに接続できませんでした。仮想マシンが実行中であることを確認してください。</translation>
    </message>
    <message>
        <source>spice_session_connect failed for %1</source>
        <translation>%1 に対する spice_session_connect が失敗しました</translation>
    </message>
    <message>
        <source>The connection to the VM&apos;s display was lost: the VM has stopped or crashed. Start it again to reconnect.</source>
        <translation>仮想マシンのディスプレイとの接続が失われました: 仮想マシンが停止またはクラッシュしました。再接続するには、もう一度起動してください。</translation>
    </message>
    <message>
        <source>The VM&apos;s display refused the connection. Check the SPICE password in the VM&apos;s display settings.</source>
        <translation>仮想マシンのディスプレイが接続を拒否しました。仮想マシンのディスプレイ設定で SPICE パスワードを確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the VM&apos;s display. Check that the VM is running and has a SPICE display.</source>
        <translation>仮想マシンのディスプレイに接続できませんでした。仮想マシンが実行中で、SPICE ディスプレイがあることを確認してください。</translation>
    </message>
</context>
<context>
    <name>DisplayChannel::TypeText</name>
    <message>
        <source>Japanese (106/109 keys)</source>
        <translation>日本語 (106/109 キー)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英語 (US)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>There is no picture to save yet: wait until the VM&apos;s screen is shown.</source>
        <translation>保存できる画像がまだありません。仮想マシンの画面が表示されるまでお待ちください。</translation>
    </message>
    <message>
        <source>Could not save the screenshot. Check that the folder exists and is writable.</source>
        <translation>スクリーンショットを保存できませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>QEMU could not take a screenshot of the VM: %1</source>
        <translation>QEMU が仮想マシンのスクリーンショットを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>QEMU reported a screenshot but the file is missing. Check that the folder is writable.</source>
        <translation>QEMU はスクリーンショットを取得したと報告しましたが、ファイルがありません。フォルダーが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not an OVA (a tar or zip archive) that Emanon can read.</source>
        <translation>%1 は Emanon が読み込める OVA (tar または zip アーカイブ) ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a zip archive Emanon can read.</source>
        <translation>%1 は Emanon が読み込める zip アーカイブではありません。</translation>
    </message>
    <message>
        <source>The zip archive %1 must hold exactly one .ovf file; it holds %2.</source>
        <translation>zip アーカイブ %1 には .ovf ファイルがちょうど 1 つ必要ですが、%2 個含まれています。</translation>
    </message>
</context>
<context>
    <name>Engine::CloneJob</name>
    <message>
        <source>Cloning %1</source>
        <translation>%1 を複製しています</translation>
    </message>
    <message>
        <source>The disk %1 of &quot;%2&quot; cannot be read. %3</source>
        <translation>「%2」のディスク %1 を読み込めません。%3</translation>
    </message>
    <message>
        <source>Saving the new VM</source>
        <translation>新しい仮想マシンを保存しています</translation>
    </message>
    <message>
        <source>Copying disk %1 (%2 of %3)</source>
        <translation>ディスク %1 をコピーしています (%2/%3)</translation>
    </message>
    <message>
        <source>Copying the disk %1 of &quot;%2&quot; failed. %3</source>
        <translation>「%2」のディスク %1 のコピーに失敗しました。%3</translation>
    </message>
</context>
<context>
    <name>Engine::Job</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Engine::LocalSnapshotJob</name>
    <message>
        <source>Taking a snapshot</source>
        <translation>スナップショットを作成しています</translation>
    </message>
    <message>
        <source>Reverting to a snapshot</source>
        <translation>スナップショットに戻しています</translation>
    </message>
    <message>
        <source>Deleting a snapshot</source>
        <translation>スナップショットを削除しています</translation>
    </message>
    <message>
        <source>The snapshot could not be taken; the VM and its other snapshots are unchanged.</source>
        <translation>スナップショットを作成できませんでした。仮想マシンと他のスナップショットは変更されていません。</translation>
    </message>
    <message>
        <source>The VM could not be reverted to the snapshot.</source>
        <translation>仮想マシンをスナップショットに戻せませんでした。</translation>
    </message>
    <message>
        <source>The snapshot could not be deleted.</source>
        <translation>スナップショットを削除できませんでした。</translation>
    </message>
    <message>
        <source>The VM has no disk that can hold a snapshot.</source>
        <translation>仮想マシンにスナップショットを保持できるディスクがありません。</translation>
    </message>
    <message>
        <source>Saving memory, devices and disks</source>
        <translation>メモリ、デバイス、ディスクを保存しています</translation>
    </message>
    <message>
        <source>Loading memory, devices and disks</source>
        <translation>メモリ、デバイス、ディスクを読み込んでいます</translation>
    </message>
    <message>
        <source>Removing the snapshot from the disks</source>
        <translation>ディスクからスナップショットを削除しています</translation>
    </message>
    <message>
        <source>%1 is not running any more; try again.</source>
        <translation>%1 はもう実行されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>QEMU ended during the operation. Snapshots taken before are unaffected; start the VM again.</source>
        <translation>操作中に QEMU が終了しました。それ以前に作成したスナップショットには影響ありません。仮想マシンをもう一度起動してください。</translation>
    </message>
    <message>
        <source>The VM stopped during the operation. Snapshots taken before are unaffected; start the VM again.</source>
        <translation>操作中に仮想マシンが停止しました。それ以前に作成したスナップショットには影響ありません。仮想マシンをもう一度起動してください。</translation>
    </message>
    <message>
        <source>The snapshot was taken before the cancel arrived and could not be removed again; it stays in the disks.</source>
        <translation>キャンセルが届く前にスナップショットが作成され、削除できませんでした。スナップショットはディスクに残ります。</translation>
    </message>
    <message>
        <source>qemu-img could not change the snapshots of disk %1 (%2).</source>
        <translation>qemu-img がディスク %1 のスナップショットを変更できませんでした (%2)。</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>Disk %1 could not take the snapshot, so it was removed again from the other disks; the VM and its snapshots are unchanged.</source>
        <translation>ディスク %1 でスナップショットを作成できなかったため、他のディスクからも削除しました。仮想マシンとそのスナップショットは変更されていません。</translation>
    </message>
    <message>
        <source>Disk %1 could not be reverted, but %2 already were. Revert again once the problem is solved.</source>
        <translation>ディスク %1 を戻せませんでしたが、%2 は既に戻されています。問題を解決してから、もう一度戻してください。</translation>
    </message>
    <message>
        <source>The snapshot was removed from %1 but not from disk %2; it is now incomplete. Delete it again once the problem is solved.</source>
        <translation>スナップショットは %1 からは削除されましたが、ディスク %2 からは削除されていないため、不完全な状態です。問題を解決してから、もう一度削除してください。</translation>
    </message>
</context>
<context>
    <name>Engine::QemuImgJob</name>
    <message>
        <source>qemu-img failed.</source>
        <translation>qemu-img が失敗しました。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or remove it first.</source>
        <translation>%1 は既に存在します。別の名前を選択するか、先に削除してください。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 is left over from an interrupted operation, or in use by one that is running. Remove it when nothing uses it, then try again.</source>
        <translation>%1 は中断された操作の残りか、実行中の操作で使用されています。何も使用していないときに削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 appeared while the operation ran and was left alone. Choose another name.</source>
        <translation>操作の実行中に %1 が作成されたため、そのままにしました。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Could not move the result to %1.</source>
        <translation>結果を %1 に移動できませんでした。</translation>
    </message>
    <message>
        <source>qemu-img could not be started. Check that the qemu-utils package is installed correctly.</source>
        <translation>qemu-img を起動できませんでした。qemu-utils パッケージが正しくインストールされていることを確認してください。</translation>
    </message>
</context>
<context>
    <name>Engine::QmpClient</name>
    <message>
        <source>Connecting to QEMU was canceled.</source>
        <translation>QEMU への接続はキャンセルされました。</translation>
    </message>
    <message>
        <source>The command %1 was canceled: the connection to QEMU was closed.</source>
        <translation>コマンド %1 はキャンセルされました: QEMU との接続が閉じられました。</translation>
    </message>
    <message>
        <source>Cannot send the command %1 to QEMU: Emanon is not connected to its control socket. Start the virtual machine, or wait until it has started.</source>
        <translation>コマンド %1 を QEMU に送信できません: Emanon が制御ソケットに接続されていません。仮想マシンを起動するか、起動が完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>The command %1 was canceled before QEMU answered.</source>
        <translation>QEMU が応答する前にコマンド %1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection to QEMU was lost before it answered the command %1. QEMU may have exited or crashed; see its log.</source>
        <translation>QEMU がコマンド %1 に応答する前に接続が失われました。QEMU が終了またはクラッシュした可能性があります。ログを確認してください。</translation>
    </message>
    <message>
        <source>QEMU closed its control socket %1 during the QMP handshake. QEMU may have exited, or another program is already connected to the socket.</source>
        <translation>QMP ハンドシェイク中に QEMU が制御ソケット %1 を閉じました。QEMU が終了したか、別のプログラムが既にソケットに接続している可能性があります。</translation>
    </message>
    <message>
        <source>Cannot connect to QEMU: no control socket path was given.</source>
        <translation>QEMU に接続できません: 制御ソケットのパスが指定されていません。</translation>
    </message>
    <message>
        <source>Could not connect to QEMU&apos;s control socket %1 within %2 seconds. Check that QEMU is running and was started with -qmp unix:%1,server=on,wait=off.</source>
        <translation>%2 秒以内に QEMU の制御ソケット %1 に接続できませんでした。QEMU が実行中で、-qmp unix:%1,server=on,wait=off を指定して起動されていることを確認してください。</translation>
    </message>
    <message>
        <source>The socket %1 accepted the connection but sent no QMP greeting within %2 seconds. Check that it is the socket of QEMU&apos;s -qmp option.</source>
        <translation>ソケット %1 は接続を受け付けましたが、%2 秒以内に QMP のグリーティングを送信しませんでした。QEMU の -qmp オプションのソケットであることを確認してください。</translation>
    </message>
    <message>
        <source>QEMU did not complete the QMP handshake within %1 seconds. It may be stuck: stop it and start the virtual machine again.</source>
        <translation>QEMU が %1 秒以内に QMP ハンドシェイクを完了しませんでした。応答しなくなっている可能性があります。停止してから仮想マシンをもう一度起動してください。</translation>
    </message>
    <message>
        <source>QEMU sent a message longer than %1 while Emanon waited for the answer to %2; the connection was closed. Restart the virtual machine.</source>
        <translation>Emanon が %2 への応答を待っている間に、QEMU が %1 を超える長さのメッセージを送信したため、接続を閉じました。仮想マシンを再起動してください。</translation>
    </message>
    <message>
        <source>QEMU sent a message longer than %1 during the QMP handshake; the connection was closed.</source>
        <translation>QMP ハンドシェイク中に QEMU が %1 を超える長さのメッセージを送信したため、接続を閉じました。</translation>
    </message>
    <message>
        <source>The socket %1 is not a QEMU control socket: it did not send a QMP greeting. Check that it is the socket of QEMU&apos;s -qmp option (not -monitor or -serial).</source>
        <translation>ソケット %1 は QEMU の制御ソケットではありません: QMP のグリーティングを送信しませんでした。QEMU の -qmp オプションのソケット (-monitor や -serial ではない) であることを確認してください。</translation>
    </message>
    <message>
        <source>QEMU refused the QMP capabilities negotiation: %1. Another program may be using its control socket.</source>
        <translation>QEMU が QMP の機能ネゴシエーションを拒否しました: %1。別のプログラムが制御ソケットを使用している可能性があります。</translation>
    </message>
    <message>
        <source>QEMU refused the command %1: %2</source>
        <translation>QEMU がコマンド %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>QEMU did not answer the command %1 within %2 seconds. The virtual machine may be busy or stuck: try again, or force it off.</source>
        <translation>QEMU が %2 秒以内にコマンド %1 に応答しませんでした。仮想マシンがビジー状態か、応答しなくなっている可能性があります。もう一度試すか、強制的に電源を切ってください。</translation>
    </message>
</context>
<context>
    <name>Engine::SnapshotJob</name>
    <message>
        <source>Taking a snapshot</source>
        <translation>スナップショットを作成しています</translation>
    </message>
    <message>
        <source>Reverting to a snapshot</source>
        <translation>スナップショットに戻しています</translation>
    </message>
    <message>
        <source>Deleting a snapshot</source>
        <translation>スナップショットを削除しています</translation>
    </message>
    <message>
        <source>Deleting a snapshot branch</source>
        <translation>スナップショットのブランチを削除しています</translation>
    </message>
    <message>
        <source>The VM&apos;s snapshot list is gone.</source>
        <translation>仮想マシンのスナップショット一覧がなくなりました。</translation>
    </message>
    <message>
        <source>%1 is %2; wait until it runs or has stopped.</source>
        <translation>%1 の状態は「%2」です。実行中になるか停止するまでお待ちください。</translation>
    </message>
    <message>
        <source>That snapshot does not exist any more.</source>
        <translation>そのスナップショットはもう存在しません。</translation>
    </message>
    <message>
        <source>The settings saved with snapshot &quot;%1&quot; do not fit this host: %2</source>
        <translation>スナップショット「%1」と共に保存された設定はこのホストに適合しません: %2</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>スナップショット %1</translation>
    </message>
    <message>
        <source>A snapshot called &quot;%1&quot; exists already; choose another name.</source>
        <translation>「%1」という名前のスナップショットは既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;</source>
        <translation>「%1」を削除しています</translation>
    </message>
    <message>
        <source>The snapshot was taken, but the snapshot list could not be saved; it is listed under its tag &quot;%1&quot; next time.</source>
        <translation>スナップショットは作成されましたが、スナップショット一覧を保存できませんでした。次回はタグ「%1」で一覧に表示されます。</translation>
    </message>
    <message>
        <source>The disks were reverted, but the VM&apos;s settings could not be restored: %1</source>
        <translation>ディスクは戻されましたが、仮想マシンの設定を復元できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Engine::SnapshotManager</name>
    <message>
        <source>Disk %1 is a host disk passed through to the VM; it cannot hold snapshots, so reverting would not bring it back. Make it read-only or remove it to use snapshots.</source>
        <translation>ディスク %1 は仮想マシンにパススルーされたホストディスクのため、スナップショットを保持できず、戻しても元の状態には戻りません。スナップショットを使用するには、読み取り専用にするか取り外してください。</translation>
    </message>
    <message>
        <source>Disk %1 is a %2 image; only qcow2 images hold snapshots. Convert it (emanonctl disk convert) to use snapshots.</source>
        <translation>ディスク %1 は %2 イメージです。スナップショットを保持できるのは qcow2 イメージだけです。スナップショットを使用するには変換してください (emanonctl disk convert)。</translation>
    </message>
    <message>
        <source>%1 has no writable qcow2 disk to hold snapshots (read-only disks cannot hold them).</source>
        <translation>%1 にはスナップショットを保持できる書き込み可能な qcow2 ディスクがありません (読み取り専用ディスクには保持できません)。</translation>
    </message>
    <message>
        <source>That snapshot does not exist any more.</source>
        <translation>そのスナップショットはもう存在しません。</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; is broken: %2</source>
        <translation>スナップショット「%1」は破損しています: %2</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; holds only the disks, not the running machine. Stop the VM first, then revert to it.</source>
        <translation>スナップショット「%1」はディスクのみを保持しており、実行中のマシンの状態は含まれていません。先に仮想マシンを停止してから、このスナップショットに戻してください。</translation>
    </message>
    <message>
        <source>The VM&apos;s hardware has changed since snapshot &quot;%1&quot;. Stop the VM first, then revert to it (its settings are restored too).</source>
        <translation>スナップショット「%1」の作成後に仮想マシンのハードウェアが変更されています。先に仮想マシンを停止してから、このスナップショットに戻してください (設定も復元されます)。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation>スナップショットには名前が必要です。</translation>
    </message>
    <message>
        <source>A snapshot name has at most 100 characters.</source>
        <translation>スナップショット名は 100 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A snapshot name cannot contain control characters.</source>
        <translation>スナップショット名に制御文字は使用できません。</translation>
    </message>
    <message>
        <source>A snapshot called &quot;%1&quot; exists already; choose another name.</source>
        <translation>「%1」という名前のスナップショットは既に存在します。別の名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>Engine::VmRunner</name>
    <message>
        <source>The VM is already %1.</source>
        <translation>VM は既に%1です。</translation>
    </message>
    <message>
        <source>The VM is already paused.</source>
        <translation>VM は既に一時停止しています。</translation>
    </message>
    <message>
        <source>Only a running VM can be paused; it is %1.</source>
        <translation>一時停止できるのは実行中の VM だけです。現在は%1です。</translation>
    </message>
    <message>
        <source>Only a paused VM can be resumed; it is %1.</source>
        <translation>再開できるのは一時停止中の VM だけです。現在は%1です。</translation>
    </message>
    <message>
        <source>Only a running or paused VM can be reset; it is %1.</source>
        <translation>リセットできるのは実行中か一時停止中の VM だけです。現在は%1です。</translation>
    </message>
    <message>
        <source>A paused guest cannot react to the power button. Resume it first, or stop it by force.</source>
        <translation>一時停止中のゲストは電源ボタンに反応できません。先に再開するか、強制停止してください。</translation>
    </message>
    <message>
        <source>Only a running VM can be shut down; it is %1.</source>
        <translation>シャットダウンできるのは実行中の VM だけです。現在は%1です。</translation>
    </message>
    <message>
        <source>The VM is not running; it is %1.</source>
        <translation>VM は実行されていません。現在は%1です。</translation>
    </message>
    <message>
        <source>The VM cannot be saved or restored while it is %1.</source>
        <translation>%1の間は VM を保存も復元もできません。</translation>
    </message>
    <message>
        <source>Unknown operation.</source>
        <translation>不明な操作です。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止処理中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This VM uses UEFI firmware, which is not installed. Install the Debian package ovmf.</source>
        <translation>この仮想マシンは UEFI ファームウェアを使用しますが、インストールされていません。Debian パッケージ ovmf をインストールしてください。</translation>
    </message>
    <message>
        <source>The UEFI variable store of the VM could not be created.</source>
        <translation>仮想マシンの UEFI 変数ストアを作成できませんでした。</translation>
    </message>
    <message>
        <source>The SPICE password file could not be written.</source>
        <translation>SPICE パスワードファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The disk image of %1 is missing: %2. Restore the file or remove the disk from the VM&apos;s settings.</source>
        <translation>%1 のディスクイメージがありません: %2。ファイルを元に戻すか、VM の設定からディスクを外してください。</translation>
    </message>
    <message>
        <source>The medium in drive %1 is missing: %2. Choose another image or eject it.</source>
        <translation>ドライブ %1 のメディアが見つかりません: %2。別のイメージを選択するか、取り出してください。</translation>
    </message>
    <message>
        <source>The kernel or initramfs file %1 is missing.</source>
        <translation>カーネルまたは initramfs ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The VM&apos;s settings are not valid: %1</source>
        <translation>仮想マシンの設定が無効です: %1</translation>
    </message>
    <message>
        <source>%1 is already running or in use by another Emanon process.</source>
        <translation>%1 は既に実行中か、別の Emanon プロセスが使用中です。</translation>
    </message>
    <message>
        <source>QEMU started but its control connection could not be opened.</source>
        <translation>QEMU は起動しましたが、制御接続を開けませんでした。</translation>
    </message>
    <message>
        <source>QEMU could not be started.</source>
        <translation>QEMU を起動できませんでした。</translation>
    </message>
    <message>
        <source>QEMU refused to start the guest.</source>
        <translation>QEMU がゲストの起動を拒否しました。</translation>
    </message>
    <message>
        <source>QEMU could not be started. Check that qemu-system-x86 is installed.</source>
        <translation>QEMU を起動できませんでした。qemu-system-x86 がインストールされているか確認してください。</translation>
    </message>
    <message>
        <source>QEMU stopped while starting the VM. See the details for QEMU&apos;s message.</source>
        <translation>VM の起動中に QEMU が停止しました。QEMU のメッセージは詳細を参照してください。</translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation>QEMU が強制終了されたかクラッシュしました</translation>
    </message>
    <message>
        <source>QEMU exited with code %1</source>
        <translation>QEMU がコード %1 で終了しました</translation>
    </message>
    <message>
        <source>The VM stopped unexpectedly: %1. Its disks are as QEMU left them; start it again to boot it.</source>
        <translation>VM が予期せず停止しました: %1。ディスクは QEMU が残したままです。もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>Engine::VmSupervisor</name>
    <message>
        <source>The VM&apos;s control socket could not be created.</source>
        <translation>仮想マシンの制御ソケットを作成できませんでした。</translation>
    </message>
    <message>
        <source>Malformed request.</source>
        <translation>不正な形式の要求です。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>Unknown request &quot;%1&quot;.</source>
        <translation>不明な要求「%1」です。</translation>
    </message>
</context>
<context>
    <name>FloppyImage</name>
    <message>
        <source>A volume label has at most 11 characters; &quot;%1&quot; has %2.</source>
        <translation>ボリュームラベルは 11 文字以内です。「%1」は %2 文字です。</translation>
    </message>
    <message>
        <source>A volume label may only contain letters A-Z, digits, spaces and ! # $ % &amp; &apos; ( ) - @ ^ _ ` { } ~; &quot;%1&quot; is not allowed.</source>
        <translation>ボリュームラベルに使用できるのは英字 A-Z、数字、スペース、および ! # $ % &amp; ' ( ) - @ ^ _ ` { } ~ のみです。「%1」は使用できません。</translation>
    </message>
    <message>
        <source>A volume label cannot start with a space.</source>
        <translation>ボリュームラベルをスペースで始めることはできません。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or delete it first.</source>
        <translation>%1 は既に存在します。別のファイル名を選択するか、先に削除してください。</translation>
    </message>
</context>
<context>
    <name>GuestFamily</name>
    <message>
        <source>Windows (legacy)</source>
        <translation>Windows (旧版)</translation>
    </message>
    <message>
        <source>Windows (modern)</source>
        <translation>Windows (現行)</translation>
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
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>GuestProfile</name>
    <message>
        <source>Linux (modern, 64-bit)</source>
        <translation>Linux (現行、64 ビット)</translation>
    </message>
    <message>
        <source>Linux (32-bit, period PC hardware)</source>
        <translation>Linux (32 ビット、当時の PC ハードウェア)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>MS-DOS / FreeDOS</source>
        <translation>MS-DOS / FreeDOS</translation>
    </message>
    <message>
        <source>DOS sees at most 64 MiB through HIMEM.SYS and only the first 8 GB of a disk; each FAT16 partition holds at most 2 GB. The network card is an NE2000 at I/O 0x300, IRQ 9: load an NE2000 packet driver with those values. The sound card is a Sound Blaster 16 at 0x220, IRQ 5, DMA 1, HDMA 5 (SET BLASTER=A220 I5 D1 H5 T6). The VM cannot turn itself off: shut down, then stop the VM.</source>
        <translation>DOS が HIMEM.SYS 経由で認識できるメモリは最大 64 MiB で、ディスクは先頭 8 GB のみ認識します。各 FAT16 パーティションは最大 2 GB です。ネットワークカードは I/O 0x300、IRQ 9 の NE2000 です。これらの値で NE2000 パケットドライバーを読み込んでください。サウンドカードは 0x220、IRQ 5、DMA 1、HDMA 5 の Sound Blaster 16 です (SET BLASTER=A220 I5 D1 H5 T6)。仮想マシンは自身の電源を切れません。シャットダウンしてから仮想マシンを停止してください。</translation>
    </message>
    <message>
        <source>Windows 3.x</source>
        <translation>Windows 3.x</translation>
    </message>
    <message>
        <source>Install DOS first, then Windows from its floppies. Windows for Workgroups 3.11 has an NE2000 driver (I/O 0x300, IRQ 9); the Sound Blaster 16 driver is on the Creative disks. Keep memory at 256 MiB or less.</source>
        <translation>先に DOS をインストールしてから、フロッピーディスクで Windows をインストールしてください。Windows for Workgroups 3.11 には NE2000 ドライバー (I/O 0x300、IRQ 9) があります。Sound Blaster 16 ドライバーは Creative のディスクに含まれています。メモリは 256 MiB 以下にしてください。</translation>
    </message>
    <message>
        <source>Windows 95</source>
        <translation>Windows 95</translation>
    </message>
    <message>
        <source>Windows 95 stops with &quot;Windows protection error&quot; on fast CPUs: apply FIX95CPU or patcher9x. Add the network card by hand (NE2000 compatible, I/O 0x300, IRQ 9). Only OSR2 reads FAT32 and disks past 2 GB per partition; only OSR2.1 has USB. More than 480 MiB of memory stops it.</source>
        <translation>Windows 95 は高速な CPU では「Windows 保護エラー」で停止します。FIX95CPU または patcher9x を適用してください。ネットワークカードは手動で追加してください (NE2000 互換、I/O 0x300、IRQ 9)。FAT32 とパーティションあたり 2 GB を超えるディスクを読めるのは OSR2 のみで、USB に対応するのは OSR2.1 のみです。メモリが 480 MiB を超えると停止します。</translation>
    </message>
    <message>
        <source>Windows 98 / ME</source>
        <translation>Windows 98 / ME</translation>
    </message>
    <message>
        <source>Windows 98 and ME break with more than 512 MiB of memory (set MaxFileCache in SYSTEM.INI, or give less). Disks larger than 128 GiB need a patched ESDI_506.PDR. Under QEMU 7.2 without KVM, Display Properties may crash (QEMU bug 1964). The Cirrus driver in the box gives 256 colours; install the 98 SE/ME update for more.</source>
        <translation>Windows 98 と ME は 512 MiB を超えるメモリで動作しなくなります (SYSTEM.INI で MaxFileCache を設定するか、メモリを減らしてください)。128 GiB を超えるディスクにはパッチを適用した ESDI_506.PDR が必要です。KVM なしの QEMU 7.2 では、画面のプロパティがクラッシュすることがあります (QEMU バグ 1964)。標準添付の Cirrus ドライバーは 256 色です。それ以上の色数には 98 SE/ME の更新をインストールしてください。</translation>
    </message>
    <message>
        <source>Windows NT 3.51</source>
        <translation>Windows NT 3.51</translation>
    </message>
    <message>
        <source>Boot the three setup floppies (or WINNT /B from DOS). Setup makes a boot partition of at most 4 GB within the first 8 GB of the disk. The network card is an NE2000 at I/O 0x300, IRQ 9. NT has no USB and no ACPI: shut down, then stop the VM.</source>
        <translation>3 枚のセットアップフロッピーディスクから起動してください (または DOS から WINNT /B)。セットアップは、ディスクの先頭 8 GB 以内に最大 4 GB のブートパーティションを作成します。ネットワークカードは I/O 0x300、IRQ 9 の NE2000 です。NT には USB も ACPI もありません。シャットダウンしてから仮想マシンを停止してください。</translation>
    </message>
    <message>
        <source>Windows NT 4.0</source>
        <translation>Windows NT 4.0</translation>
    </message>
    <message>
        <source>Keep the CPUID level at 3 or lower until Service Pack 6a is installed: NT 4.0 stops with STOP 0x3E otherwise, and never use the host CPU model. During setup press F5 and choose &quot;Standard PC&quot;. The boot partition must lie within the first 7.8 GB (setup makes at most 4 GB). Install SP6a before changing the network card. NT 4.0 has no USB and no ACPI: shut down, then stop the VM. For true colour use std VGA with VBEMP 2010.07.09 (later versions crash).</source>
        <translation>Service Pack 6a をインストールするまでは CPUID レベルを 3 以下にしてください。そうしないと NT 4.0 は STOP 0x3E で停止します。また、ホストの CPU モデルは決して使用しないでください。セットアップ中に F5 を押して「Standard PC」を選択してください。ブートパーティションはディスクの先頭 7.8 GB 以内にある必要があります (セットアップが作成するのは最大 4 GB)。ネットワークカードを変更する前に SP6a をインストールしてください。NT 4.0 には USB も ACPI もありません。シャットダウンしてから仮想マシンを停止してください。フルカラーにするには、std VGA と VBEMP 2010.07.09 を使用してください (それ以降のバージョンはクラッシュします)。</translation>
    </message>
    <message>
        <source>Windows 2000</source>
        <translation>Windows 2000</translation>
    </message>
    <message>
        <source>If setup stops with &quot;disk full&quot;, start the VM once with QEMU&apos;s -win2k-hack (setup only). If setup hangs, use the CPU model qemu32 with level=1. With ACPI off, choose &quot;Standard PC&quot; (F5) during setup. Disks larger than 128 GiB need SP3 and EnableBigLba (KB305098).</source>
        <translation>セットアップが「ディスクがいっぱい」で停止する場合は、QEMU の -win2k-hack を付けて仮想マシンを一度起動してください (セットアップ時のみ)。セットアップが応答しなくなる場合は、CPU モデル qemu32 を level=1 で使用してください。ACPI がオフの場合は、セットアップ中に「Standard PC」(F5) を選択してください。128 GiB を超えるディスクには SP3 と EnableBigLba (KB305098) が必要です。</translation>
    </message>
    <message>
        <source>Windows XP</source>
        <translation>Windows XP</translation>
    </message>
    <message>
        <source>XP has no driver for QEMU&apos;s e1000 or for SATA in the box: keep the RTL8139 card and IDE. Disks larger than 128 GiB need Service Pack 1. XP boots slower under software emulation (QEMU bug 404).</source>
        <translation>XP には QEMU の e1000 用や SATA 用の標準ドライバーがありません。RTL8139 カードと IDE のままにしてください。128 GiB を超えるディスクには Service Pack 1 が必要です。ソフトウェアエミュレーションでは XP の起動が遅くなります (QEMU バグ 404)。</translation>
    </message>
    <message>
        <source>Windows Server 2003</source>
        <translation>Windows Server 2003</translation>
    </message>
    <message>
        <source>Server 2003 has no SATA or virtio driver in the box: keep IDE. Sound is off in Server editions until the Windows Audio service is enabled.</source>
        <translation>Server 2003 には SATA 用や virtio 用の標準ドライバーがありません。IDE のままにしてください。Server エディションでは、Windows Audio サービスを有効にするまでサウンドはオフです。</translation>
    </message>
    <message>
        <source>Windows 10 / 11</source>
        <translation>Windows 10 / 11</translation>
    </message>
    <message>
        <source>Emanon gives the VM UEFI firmware without Secure Boot and without a TPM. Windows 10 installs as is; Windows 11 setup needs the LabConfig registry bypass (BypassTPMCheck, BypassSecureBootCheck) until TPM emulation is available. Virtio disks and network cards need the virtio-win drivers.</source>
        <translation>Emanon は、セキュアブートと TPM なしの UEFI ファームウェアを仮想マシンに提供します。Windows 10 はそのままインストールできます。Windows 11 のセットアップには、TPM エミュレーションが利用可能になるまで LabConfig レジストリによる回避策 (BypassTPMCheck、BypassSecureBootCheck) が必要です。virtio ディスクとネットワークカードには virtio-win ドライバーが必要です。</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>NewVmChoices</name>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>New %1 qcow2 disk (%2)</source>
        <translation>新しい %1 の qcow2 ディスク (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, attached as it is, %3)</source>
        <translation>%1 (%2、そのまま接続、%3)</translation>
    </message>
    <message>
        <source>A qcow2 copy of %1 (%2, %3)</source>
        <translation>%1 の qcow2 コピー (%2、%3)</translation>
    </message>
    <message>
        <source>Host disk %1 (%2, %3)</source>
        <translation>ホストのディスク %1 (%2、%3)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>書き込み可能</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Empty drive</source>
        <translation>空のドライブ</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>NAT (%1)</source>
        <translation>NAT (%1)</translation>
    </message>
    <message>
        <source>, host %1 → guest %2 (%3)</source>
        <translation>、ホスト %1 → ゲスト %2 (%3)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
</context>
<context>
    <name>NewVmCreator</name>
    <message>
        <source>Creating %1 was canceled; nothing was kept.</source>
        <translation>%1 の作成はキャンセルされました。何も残っていません。</translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <source>%1 stops with an error when the CPU reports more than %2 CPUID leaves, and the CPU model &quot;%3&quot; may. Use pentium3 with level=%2.</source>
        <translation>%1 は CPU が %2 個を超える CPUID リーフを報告するとエラーで停止します。CPU モデル「%3」はそうなる可能性があります。pentium3 を level=%2 で使用してください。</translation>
    </message>
    <message>
        <source>The CPU model &quot;%1&quot; reports CPUID level %2, but %3 before Service Pack 6a stops with STOP 0x3E above level %4. Add level=%4 to the CPU flags or choose pentium3.</source>
        <translation>CPU モデル「%1」は CPUID レベル %2 を報告しますが、Service Pack 6a 適用前の %3 はレベル %4 を超えると STOP 0x3E で停止します。CPU フラグに level=%4 を追加するか、pentium3 を選択してください。</translation>
    </message>
    <message>
        <source>%1 misbehaves with more than %2 MiB of memory; %3 MiB are set. Give it %2 MiB or less.</source>
        <translation>%1 は %2 MiB を超えるメモリで正常に動作しません。現在 %3 MiB に設定されています。%2 MiB 以下にしてください。</translation>
    </message>
    <message>
        <source>%1 predates ACPI: with ACPI on, setup may pick the wrong HAL and ISA cards are not found. Turn ACPI off.</source>
        <translation>%1 は ACPI 以前の OS です。ACPI がオンだと、セットアップが誤った HAL を選択し、ISA カードが検出されないことがあります。ACPI をオフにしてください。</translation>
    </message>
    <message>
        <source>%1 keeps local time in the real-time clock; with the clock in UTC its time is off by your time zone. Set the clock base to localtime.</source>
        <translation>%1 はリアルタイムクロックをローカル時刻で管理します。クロックが UTC だと、時刻がタイムゾーンの分だけずれます。クロックの基準を localtime に設定してください。</translation>
    </message>
    <message>
        <source>%1 cannot start from UEFI firmware. Set the firmware to bios.</source>
        <translation>%1 は UEFI ファームウェアから起動できません。ファームウェアを bios に設定してください。</translation>
    </message>
    <message>
        <source>%1 has no driver for %2 disks in the box, so setup will not see disk %3. Attach it to %4, or load the driver during setup.</source>
        <translation>%1 には %2 ディスク用の標準ドライバーがないため、セットアップでディスク %3 が認識されません。%4 に接続するか、セットアップ中にドライバーを読み込んでください。</translation>
    </message>
    <message>
        <source>Disk %1 is %2 MiB, but %3 can use only the first %4 MiB of a disk. Make it smaller, or expect the rest to stay unused.</source>
        <translation>ディスク %1 は %2 MiB ですが、%3 が使用できるのはディスクの先頭 %4 MiB のみです。ディスクを小さくするか、残りが使用されないことを了承してください。</translation>
    </message>
    <message>
        <source>%1 has no driver for the %2 network card in the box. Choose %3, or install a driver.</source>
        <translation>%1 には %2 ネットワークカード用の標準ドライバーがありません。%3 を選択するか、ドライバーをインストールしてください。</translation>
    </message>
    <message>
        <source>%1 has no USB support, so it cannot use a USB controller or USB devices. Remove the USB controller; use PS/2 for keyboard and mouse.</source>
        <translation>%1 は USB に対応していないため、USB コントローラーや USB デバイスを使用できません。USB コントローラーを取り外し、キーボードとマウスには PS/2 を使用してください。</translation>
    </message>
</context>
<context>
    <name>QemuBinaries</name>
    <message>
        <source>%1 is set to %2, which is not an executable program. Fix or unset the variable.</source>
        <translation>%1 は %2 に設定されていますが、実行可能なプログラムではありません。変数を修正するか、設定を解除してください。</translation>
    </message>
    <message>
        <source>%1 was not found. Install the Debian package %2.</source>
        <translation>%1 が見つかりません。Debian パッケージ %2 をインストールしてください。</translation>
    </message>
</context>
<context>
    <name>QemuCommand</name>
    <message>
        <source>A CD-ROM drive cannot be attached to virtio; use IDE, SATA or SCSI.</source>
        <translation>CD-ROM ドライブは virtio に接続できません。IDE、SATA、SCSI のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>A PC has at most two floppy drives.</source>
        <translation>PC に接続できるフロッピードライブは最大 2 台です。</translation>
    </message>
    <message>
        <source>There are more drives on the %1 controller than it has connectors. Move a drive to another controller.</source>
        <translation>%1 コントローラーにコネクタ数を超えるドライブが接続されています。ドライブを別のコントローラーに移動してください。</translation>
    </message>
    <message>
        <source>Disk %1 is read-only, but IDE and SATA disks cannot be read-only. Attach it to SCSI or virtio, or make it writable.</source>
        <translation>ディスク %1 は読み取り専用ですが、IDE と SATA のディスクは読み取り専用にできません。SCSI または virtio に接続するか、書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>The ISA PC machine (isapc) has no PCI bus, so it cannot have %1. Choose the i440FX PC machine, or remove it.</source>
        <translation>ISA PC マシン (isapc) には PCI バスがないため、%1 を使用できません。i440FX PC マシンを選択するか、取り外してください。</translation>
    </message>
    <message>
        <source>a USB controller</source>
        <translation>USB コントローラー</translation>
    </message>
    <message>
        <source>a %1 disk</source>
        <translation>%1 ディスク</translation>
    </message>
    <message>
        <source>a %1 CD-ROM drive</source>
        <translation>%1 CD-ROM ドライブ</translation>
    </message>
    <message>
        <source>the PCI network card %1 (use ne2k_isa)</source>
        <translation>PCI ネットワークカード %1 (ne2k_isa を使用してください)</translation>
    </message>
    <message>
        <source>the PCI sound card %1 (use sb16)</source>
        <translation>PCI サウンドカード %1 (sb16 を使用してください)</translation>
    </message>
    <message>
        <source>the %1 graphics card (use std or cirrus)</source>
        <translation>%1 グラフィックスカード (std または cirrus を使用してください)</translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <source>Cannot use the runtime folder %1.</source>
        <translation>ランタイムフォルダー %1 を使用できません。</translation>
    </message>
    <message>
        <source>Cannot create the runtime folder %1.</source>
        <translation>ランタイムフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The runtime folder %1 is not a plain folder (it may be a symbolic link). Remove it and try again.</source>
        <translation>ランタイムフォルダー %1 は通常のフォルダーではありません (シンボリックリンクの可能性があります)。削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The runtime folder %1 belongs to another user. Emanon will not put its control sockets there; remove it or set EMANON_RUNTIME_DIR.</source>
        <translation>ランタイムフォルダー %1 は別のユーザーが所有しています。Emanon はそこに制御ソケットを作成しません。フォルダーを削除するか、EMANON_RUNTIME_DIR を設定してください。</translation>
    </message>
    <message>
        <source>The runtime folder %1 is readable by others and cannot be made private.</source>
        <translation>ランタイムフォルダー %1 は他のユーザーから読み取り可能で、非公開にできません。</translation>
    </message>
    <message>
        <source>The runtime folder path is too long for a control socket (at most %1 bytes). Set EMANON_RUNTIME_DIR or XDG_RUNTIME_DIR to a shorter folder.</source>
        <translation>ランタイムフォルダーのパスが制御ソケットには長すぎます (最大 %1 バイト)。EMANON_RUNTIME_DIR または XDG_RUNTIME_DIR を短いパスのフォルダーに設定してください。</translation>
    </message>
</context>
<context>
    <name>SnapshotManager</name>
    <message>
        <source>The snapshot lock of %1 cannot be opened.</source>
        <translation>%1 のスナップショットロックを開けません。</translation>
    </message>
    <message>
        <source>Another snapshot operation on %1 is running. Wait until it has ended and try again.</source>
        <translation>%1 で別のスナップショット操作が実行中です。終了するまで待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SnapshotTree</name>
    <message>
        <source>A snapshot has no id or tag.</source>
        <translation>スナップショットに ID またはタグがありません。</translation>
    </message>
    <message>
        <source>Snapshot %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>スナップショット %1 の種類「%2」は不明です。</translation>
    </message>
    <message>
        <source>The snapshot list %1 is damaged; Emanon has not changed it. Repair it, or move it away and Emanon rebuilds the list from the disks (without names and descriptions).</source>
        <translation>スナップショット一覧 %1 が破損しています。Emanon は変更していません。修復するか、別の場所に移動してください。移動した場合、Emanon はディスクから一覧を再構築します (名前と説明は失われます)。</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>オフセット %2 で %1</translation>
    </message>
    <message>
        <source>The snapshot list is not a JSON object.</source>
        <translation>スナップショット一覧が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The snapshot list was written by a newer Emanon (schema %1). Update Emanon to use it.</source>
        <translation>スナップショット一覧は新しいバージョンの Emanon (スキーマ %1) で書き込まれています。使用するには Emanon を更新してください。</translation>
    </message>
    <message>
        <source>The snapshot list has no schema version.</source>
        <translation>スナップショット一覧にスキーマバージョンがありません。</translation>
    </message>
    <message>
        <source>Snapshot id %1 appears twice.</source>
        <translation>スナップショット ID %1 が 2 回出現しています。</translation>
    </message>
    <message>
        <source>The snapshot parents form a loop.</source>
        <translation>スナップショットの親子関係がループしています。</translation>
    </message>
    <message>
        <source>Several snapshots are called &quot;%1&quot;; name one by its id (see &quot;emanonctl snapshot list&quot;).</source>
        <translation>「%1」という名前のスナップショットが複数あります。ID で指定してください (「emanonctl snapshot list」を参照)。</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot;. &quot;emanonctl snapshot list&quot; shows them.</source>
        <translation>スナップショット「%1」はありません。「emanonctl snapshot list」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>A snapshot with id %1 exists already.</source>
        <translation>ID %1 のスナップショットは既に存在します。</translation>
    </message>
    <message>
        <source>The parent snapshot %1 does not exist.</source>
        <translation>親スナップショット %1 が存在しません。</translation>
    </message>
    <message>
        <source>There is no snapshot with id %1.</source>
        <translation>ID %1 のスナップショットはありません。</translation>
    </message>
    <message>
        <source>Missing from the disk image of %1 (deleted or replaced outside Emanon); it cannot be reverted to.</source>
        <translation>%1 のディスクイメージにありません (Emanon の外部で削除または置き換えられました)。このスナップショットには戻せません。</translation>
    </message>
</context>
<context>
    <name>VmBackend</name>
    <message>
        <source>%1 is not running; it is %2.</source>
        <translation>%1 は実行されていません。現在は%2です。</translation>
    </message>
    <message>
        <source>This operation is not available yet.</source>
        <translation>この操作はまだ使えません。</translation>
    </message>
    <message>
        <source>Give the image file with its full path.</source>
        <translation>イメージファイルはフルパスで指定してください。</translation>
    </message>
    <message>
        <source>The image %1 does not exist or is not a file.</source>
        <translation>イメージ %1 が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 has no CD-ROM or floppy drive &quot;%2&quot;. Its drives: %3.</source>
        <translation>%1 には CD-ROM またはフロッピードライブ「%2」がありません。ドライブ: %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 is %2; change the medium once it is running or stopped.</source>
        <translation>%1 の状態は「%2」です。実行中または停止後にメディアを変更してください。</translation>
    </message>
    <message>
        <source>The medium in %1 could not be ejected.</source>
        <translation>%1 のメディアを取り出せませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be inserted into %2.</source>
        <translation>%1 を %2 に挿入できませんでした。</translation>
    </message>
    <message>
        <source>The medium was changed in the running VM, but vm.json could not be saved, so the change ends with this run.</source>
        <translation>実行中の仮想マシンでメディアを変更しましたが、vm.json を保存できなかったため、変更は今回の実行に限り有効です。</translation>
    </message>
</context>
<context>
    <name>VmConfig</name>
    <message>
        <source>The VM definition (vm.json) is damaged and cannot be read. Restore it from a backup or recreate the VM.</source>
        <translation>仮想マシンの定義 (vm.json) が破損しているため読み込めません。バックアップから復元するか、仮想マシンを作成し直してください。</translation>
    </message>
    <message>
        <source>The VM definition (vm.json) is not a JSON object.</source>
        <translation>仮想マシンの定義 (vm.json) が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The VM definition has no schema version; it was not written by Emanon.</source>
        <translation>仮想マシンの定義にスキーマバージョンがありません。Emanon で書き込まれたものではありません。</translation>
    </message>
    <message>
        <source>The VM definition uses schema version %1, but this version of Emanon understands up to %2. Update Emanon to open it.</source>
        <translation>仮想マシンの定義はスキーマバージョン %1 を使用していますが、このバージョンの Emanon が対応しているのは %2 までです。開くには Emanon を更新してください。</translation>
    </message>
    <message>
        <source>The VM name is empty.</source>
        <translation>仮想マシン名が空です。</translation>
    </message>
    <message>
        <source>The VM name is longer than 64 characters.</source>
        <translation>仮想マシン名が 64 文字を超えています。</translation>
    </message>
    <message>
        <source>The VM name cannot contain &quot;..&quot;.</source>
        <translation>仮想マシン名に「..」は使用できません。</translation>
    </message>
    <message>
        <source>The VM name cannot start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>仮想マシン名を「.」または「-」で始めることはできません。</translation>
    </message>
    <message>
        <source>The VM name cannot start or end with a space.</source>
        <translation>仮想マシン名の先頭または末尾にスペースは使用できません。</translation>
    </message>
    <message>
        <source>The VM name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>仮想マシン名に「/」、「\」、制御文字は使用できません。</translation>
    </message>
    <message>
        <source>The VM has no UUID.</source>
        <translation>仮想マシンに UUID がありません。</translation>
    </message>
    <message>
        <source>Unknown guest profile &quot;%1&quot;.</source>
        <translation>不明なゲストプロファイル「%1」です。</translation>
    </message>
    <message>
        <source>The VM needs at least one CPU.</source>
        <translation>仮想マシンには少なくとも 1 個の CPU が必要です。</translation>
    </message>
    <message>
        <source>%1 CPUs were asked for, but this host has %2. Choose %2 or fewer.</source>
        <translation>%1 個の CPU が要求されましたが、このホストには %2 個しかありません。%2 個以下を選択してください。</translation>
    </message>
    <message>
        <source>%1 supports at most %2 CPUs.</source>
        <translation>%1 がサポートする CPU は最大 %2 個です。</translation>
    </message>
    <message>
        <source>The CPU model is empty.</source>
        <translation>CPU モデルが空です。</translation>
    </message>
    <message>
        <source>The memory size must be at least 1 MiB.</source>
        <translation>メモリサイズは 1 MiB 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 MiB of memory were asked for, but this host has %2 MiB. Choose less memory.</source>
        <translation>%1 MiB のメモリが要求されましたが、このホストには %2 MiB しかありません。メモリを減らしてください。</translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 MiB of memory; %4 MiB were asked for.</source>
        <translation>%1 には %2～%3 MiB のメモリが必要ですが、%4 MiB が要求されました。</translation>
    </message>
    <message>
        <source>Acceleration must be auto, kvm or tcg, not &quot;%1&quot;.</source>
        <translation>アクセラレーションは auto、kvm、tcg のいずれかで、&quot;%1&quot; は使えません。</translation>
    </message>
    <message>
        <source>Firmware must be bios or uefi, not &quot;%1&quot;.</source>
        <translation>ファームウェアは bios または uefi である必要があります (「%1」は不可)。</translation>
    </message>
    <message>
        <source>The clock base must be utc or localtime, not &quot;%1&quot;.</source>
        <translation>クロックの基準は utc または localtime である必要があります (「%1」は不可)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a machine type.</source>
        <translation>「%1」はマシンタイプではありません。</translation>
    </message>
    <message>
        <source>The boot order may only contain a (floppy), c (disk), d (CD) and n (network).</source>
        <translation>起動順序に含められるのは a (フロッピー)、c (ディスク)、d (CD)、n (ネットワーク) のみです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid drive name: use a letter followed by letters, digits, - or _.</source>
        <translation>「%1」は有効なドライブ名ではありません。英字で始め、英字、数字、-、_ を続けてください。</translation>
    </message>
    <message>
        <source>The drive name &quot;%1&quot; is used twice.</source>
        <translation>ドライブ名「%1」が 2 回使用されています。</translation>
    </message>
    <message>
        <source>Disk %1 has no image file.</source>
        <translation>ディスク %1 にイメージファイルがありません。</translation>
    </message>
    <message>
        <source>Disk %1 has the unknown format &quot;%2&quot;.</source>
        <translation>ディスク %1 の形式「%2」は不明です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address.</source>
        <translation>「%1」は MAC アドレスではありません。</translation>
    </message>
    <message>
        <source>A port forward needs tcp or udp and two ports between 1 and 65535.</source>
        <translation>ポート転送には tcp または udp と、1～65535 の 2 つのポートが必要です。</translation>
    </message>
    <message>
        <source>The SPICE listener must be &quot;unix&quot; or &quot;tcp:ADDRESS:PORT&quot;.</source>
        <translation>SPICE のリスナーは「unix」または「tcp:アドレス:ポート」である必要があります。</translation>
    </message>
    <message>
        <source>SPICE on TCP needs a password, or anyone on the network could see and control the VM.</source>
        <translation>TCP 上の SPICE にはパスワードが必要です。パスワードがないと、ネットワーク上の誰でも仮想マシンを閲覧、操作できてしまいます。</translation>
    </message>
    <message>
        <source>A PC has 0 to 4 serial ports.</source>
        <translation>PC のシリアルポートは 0～4 個です。</translation>
    </message>
    <message>
        <source>A PC has 0 to 3 parallel ports.</source>
        <translation>PC のパラレルポートは 0～3 個です。</translation>
    </message>
    <message>
        <source>An initramfs needs a kernel to boot with.</source>
        <translation>initramfs で起動するにはカーネルが必要です。</translation>
    </message>
</context>
<context>
    <name>VmControl</name>
    <message>
        <source>The VM stopped unexpectedly (its QEMU and Emanon processes are gone). Start it again to boot it.</source>
        <translation>VM が予期せず停止しました (QEMU と Emanon のプロセスがありません)。もう一度起動してください。</translation>
    </message>
    <message>
        <source>The VM&apos;s Emanon process ended but QEMU (pid %1) still runs. Stop it by force to recover.</source>
        <translation>VM の Emanon プロセスは終了しましたが、QEMU (pid %1) はまだ動いています。強制停止して回復してください。</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 は実行されていません。</translation>
    </message>
    <message>
        <source>The process holding %1 is not the QEMU Emanon started; stop it by hand.</source>
        <translation>%1 を保持しているプロセスは Emanon が起動した QEMU ではありません。手動で停止してください。</translation>
    </message>
    <message>
        <source>QEMU (pid %1) did not end.</source>
        <translation>QEMU (pid %1) が終了しませんでした。</translation>
    </message>
    <message>
        <source>emanonctl, which runs the VMs, was not found next to this program. Reinstall Emanon or set EMANON_CTL.</source>
        <translation>仮想マシンを実行する emanonctl がこのプログラムと同じ場所に見つかりませんでした。Emanon を再インストールするか、EMANON_CTL を設定してください。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 は既に%2です。</translation>
    </message>
    <message>
        <source>The VM process could not be started.</source>
        <translation>VM のプロセスを起動できませんでした。</translation>
    </message>
    <message>
        <source>The VM stopped while starting.</source>
        <translation>VM は起動中に停止しました。</translation>
    </message>
    <message>
        <source>The VM process ended before the VM started. See %1.</source>
        <translation>VM が起動する前に VM のプロセスが終了しました。%1 を参照してください。</translation>
    </message>
    <message>
        <source>The VM did not start within %1 s; it may still be starting. Check with &quot;emanonctl status&quot;.</source>
        <translation>仮想マシンが %1 秒以内に起動しませんでした。まだ起動中の可能性があります。「emanonctl status」で確認してください。</translation>
    </message>
    <message>
        <source>The VM is not running (its control socket does not answer).</source>
        <translation>仮想マシンは実行されていません (制御ソケットが応答しません)。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>The VM did not answer in time.</source>
        <translation>VM が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The VM&apos;s process went away.</source>
        <translation>VM のプロセスがなくなりました。</translation>
    </message>
</context>
<context>
    <name>VmLibrary</name>
    <message>
        <source>The VM library %1 is not a folder. Choose another library folder.</source>
        <translation>仮想マシンライブラリ %1 はフォルダーではありません。別のライブラリフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot create the VM library folder %1. Check that its parent folder exists and is writable, or choose another library folder.</source>
        <translation>仮想マシンライブラリのフォルダー %1 を作成できません。親フォルダーが存在し、書き込み可能であることを確認するか、別のライブラリフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The VM library %1 is not writable. Fix its permissions or choose another library folder.</source>
        <translation>仮想マシンライブラリ %1 に書き込めません。アクセス権を修正するか、別のライブラリフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; has no definition (vm.json). Restore it from a backup or delete the VM.</source>
        <translation>仮想マシン「%1」に定義 (vm.json) がありません。バックアップから復元するか、仮想マシンを削除してください。</translation>
    </message>
    <message>
        <source>Cannot read the VM library %1. Check that it is a folder you can read.</source>
        <translation>仮想マシンライブラリ %1 を読み込めません。読み取り可能なフォルダーであることを確認してください。</translation>
    </message>
    <message>
        <source>Several VMs have the UUID %1 (%2): they are copies of one VM. Open one of them by name.</source>
        <translation>複数の仮想マシンが UUID %1 を持っています (%2)。これらは同じ仮想マシンのコピーです。いずれかを名前で開いてください。</translation>
    </message>
    <message>
        <source>There is no VM &quot;%1&quot; in the library %2. Run &quot;emanonctl list&quot; to see the VMs there.</source>
        <translation>ライブラリ %2 に仮想マシン「%1」はありません。「emanonctl list」を実行すると、ライブラリ内の仮想マシンを確認できます。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; cannot be opened. %2</source>
        <translation>仮想マシン「%1」を開けません。%2</translation>
    </message>
    <message>
        <source>A VM named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前の仮想マシンは既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; are not valid: %2</source>
        <translation>「%1」の設定が無効です: %2</translation>
    </message>
    <message>
        <source>The disk %1 refers to %2 inside the new VM&apos;s folder, where there is nothing yet. Give an absolute path to use an existing image.</source>
        <translation>ディスク %1 は新しい仮想マシンのフォルダー内の %2 を参照していますが、そこにはまだ何もありません。既存のイメージを使用するには絶対パスを指定してください。</translation>
    </message>
    <message>
        <source>The new disk %1 needs a size above zero.</source>
        <translation>新しいディスク %1 には 0 より大きいサイズが必要です。</translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that it is writable and that the disk is not full.</source>
        <translation>仮想マシンライブラリ %1 にフォルダーを作成できません。書き込み可能で、ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create a folder in the VM library %1. Check that the disk is not full.</source>
        <translation>仮想マシンライブラリ %1 にフォルダーを作成できません。ディスクに空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot move the new VM &quot;%1&quot; into the library %2.</source>
        <translation>新しい仮想マシン「%1」をライブラリ %2 に移動できません。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; already has the UUID %2. Leave the UUID empty to get a new one.</source>
        <translation>仮想マシン「%1」が既に UUID %2 を使用しています。新しい UUID を取得するには UUID を空欄にしてください。</translation>
    </message>
    <message>
        <source>Creating the disk %1 of &quot;%2&quot; failed. %3</source>
        <translation>「%2」のディスク %1 の作成に失敗しました。%3</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; does not exist any more. Run &quot;emanonctl list&quot; to see the VMs.</source>
        <translation>仮想マシン「%1」はもう存在しません。「emanonctl list」を実行すると仮想マシンを確認できます。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; cannot be saved under the name &quot;%2&quot;. Rename the VM instead.</source>
        <translation>仮想マシン「%1」を「%2」という名前で保存することはできません。代わりに仮想マシンの名前を変更してください。</translation>
    </message>
    <message>
        <source>The linked clones %1 use its disks. Delete them first.</source>
        <translation>リンククローン %1 がこの仮想マシンのディスクを使用しています。先にそれらを削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed while it is in use.</source>
        <translation>「%1」は使用中のため、名前を変更できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed.</source>
        <translation>「%1」の名前を変更できません。</translation>
    </message>
    <message>
        <source>Cannot rename the folder of &quot;%1&quot;.</source>
        <translation>「%1」のフォルダーの名前を変更できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while it is in use.</source>
        <translation>「%1」は使用中のため、削除できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted.</source>
        <translation>「%1」を削除できません。</translation>
    </message>
    <message>
        <source>Cannot create the trash folder %1. Check that the library is writable.</source>
        <translation>ごみ箱フォルダー %1 を作成できません。ライブラリが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; to the trash.</source>
        <translation>「%1」をごみ箱に移動できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in the trash are in use and were kept.</source>
        <translation>
            <numerusform>ごみ箱内の %n 個の仮想マシンは使用中のため、残しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files in the trash could not be deleted. Check their permissions.</source>
        <translation>ごみ箱内の一部のファイルを削除できませんでした。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>A linked clone of &quot;%1&quot; cannot be made while it is in use: the clone would see its disks change underneath.</source>
        <translation>「%1」は使用中のため、リンククローンを作成できません: クローンから見えるディスクが変化してしまいます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be cloned while it is in use.</source>
        <translation>「%1」は使用中のため、複製できません。</translation>
    </message>
    <message>
        <source>The disk %1 of &quot;%2&quot; cannot be read. %3</source>
        <translation>「%2」のディスク %1 を読み込めません。%3</translation>
    </message>
    <message>
        <source>Creating the linked disk %1 failed. %2</source>
        <translation>リンクディスク %1 の作成に失敗しました。%2</translation>
    </message>
</context>
<context>
    <name>VmLock</name>
    <message>
        <source>Cannot write the lock file %1.</source>
        <translation>ロックファイル %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; does not exist.</source>
        <translation>仮想マシン「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Cannot lock the VM &quot;%1&quot;: its lock file cannot be opened. Check that the VM folder is writable.</source>
        <translation>仮想マシン「%1」をロックできません: ロックファイルを開けません。仮想マシンのフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot lock the VM &quot;%1&quot;.</source>
        <translation>仮想マシン「%1」をロックできません。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is in use by another program (process %2). Stop it there first.</source>
        <translation>仮想マシン「%1」は別のプログラム (プロセス %2) で使用中です。先にそちらで停止してください。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is in use by another program. Stop it there first.</source>
        <translation>仮想マシン「%1」は別のプログラムで使用中です。先にそちらで停止してください。</translation>
    </message>
    <message>
        <source>The VM lock is not held.</source>
        <translation>仮想マシンのロックが保持されていません。</translation>
    </message>
</context>
<context>
    <name>emanonctl</name>
    <message>
        <source>The VM&apos;s console is not available; is the VM running?</source>
        <translation>仮想マシンのコンソールを利用できません。仮想マシンは実行中ですか?</translation>
    </message>
    <message>
        <source>Connected to the serial console. Press Ctrl+] to detach.</source>
        <translation>シリアルコンソールに接続しました。切り離すには Ctrl+] を押してください。</translation>
    </message>
    <message>
        <source>
Detached; the VM keeps running.</source>
        <translation>
切り離しました。仮想マシンは引き続き実行されています。</translation>
    </message>
    <message>
        <source>
The VM has stopped.</source>
        <translation>
仮想マシンは停止しました。</translation>
    </message>
    <message>
        <source>Run &quot;emanonctl --help&quot; for the commands.</source>
        <translation>コマンドの一覧は「emanonctl --help」で確認できます。</translation>
    </message>
    <message>
        <source>  (run with --verbose for details)</source>
        <translation>  (詳細は --verbose を付けて実行してください)</translation>
    </message>
    <message>
        <source>Canceling...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>省略</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>VM:       %1 (profile %2)</source>
        <translation>仮想マシン: %1 (プロファイル %2)</translation>
    </message>
    <message>
        <source>Hardware: %1 CPU(s), %2 MiB, %3 disk(s), %4 network card(s), sound %5</source>
        <translation>ハードウェア: CPU %1 個、%2 MiB、ディスク %3 台、ネットワークカード %4 枚、サウンド %5</translation>
    </message>
    <message>
        <source>Disk:     %1 &lt;- %2 (%3 bytes)</source>
        <translation>ディスク: %1 &lt;- %2 (%3 バイト)</translation>
    </message>
    <message>
        <source>new blank disk</source>
        <translation>新しい空のディスク</translation>
    </message>
    <message>
        <source>import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]</source>
        <translation>import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]</translation>
    </message>
    <message>
        <source>License agreement (accept with --accept-eula):</source>
        <translation>使用許諾契約 (--accept-eula で同意):</translation>
    </message>
    <message>
        <source>The appliance has the license agreement above. Read it and run the import again with --accept-eula to accept it.</source>
        <translation>このアプライアンスには上記の使用許諾契約があります。内容を読み、同意する場合は --accept-eula を付けてもう一度インポートを実行してください。</translation>
    </message>
    <message>
        <source>WARNING: importing WITHOUT verifying the appliance&apos;s manifest (--no-verify).</source>
        <translation>警告: アプライアンスのマニフェストを検証せずにインポートします (--no-verify)。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; into %2</source>
        <translation>「%1」を %2 にインポートしました</translation>
    </message>
    <message>
        <source>--format is ova, ovf or zip.</source>
        <translation>--format には ova、ovf、zip のいずれかを指定します。</translation>
    </message>
    <message>
        <source>--ovf-version is 1.0 or 2.0.</source>
        <translation>--ovf-version には 1.0 または 2.0 を指定します。</translation>
    </message>
    <message>
        <source>--digest is sha1 or sha256.</source>
        <translation>--digest には sha1 または sha256 を指定します。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>File:    %1</source>
        <translation>ファイル:       %1</translation>
    </message>
    <message>
        <source>Format:  %1</source>
        <translation>形式:           %1</translation>
    </message>
    <message>
        <source>Size:    %1 (%2 bytes)</source>
        <translation>サイズ:         %1 (%2 バイト)</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>ディスク上:     %1</translation>
    </message>
    <message>
        <source>Backing: %1</source>
        <translation>バッキング:     %1</translation>
    </message>
    <message>
        <source>Snapshot: %1 %2</source>
        <translation>スナップショット: %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size (e.g. 8G, 512M).</source>
        <translation>「%1」はサイズではありません (例: 8G、512M)。</translation>
    </message>
    <message>
        <source>Resized %1 to %2</source>
        <translation>%1 のサイズを %2 に変更しました</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3)</source>
        <translation>%1 を作成しました (%2、%3)</translation>
    </message>
    <message>
        <source>Converted %1 to %2 (%3)</source>
        <translation>%1 を %2 に変換しました (%3)</translation>
    </message>
    <message>
        <source>disk create FILE SIZE | info FILE | resize FILE SIZE | convert SRC DST</source>
        <translation>disk create FILE SIZE | info FILE | resize FILE SIZE | convert SRC DST</translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation>アクセラレータ: %1</translation>
    </message>
    <message>
        <source>Reason:      %1</source>
        <translation>理由:        %1</translation>
    </message>
    <message>
        <source>QEMU:        %1</source>
        <translation>QEMU:        %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>/dev/kvm:    %1</source>
        <translation>/dev/kvm:    %1</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>VT-x/AMD-V:  %1</source>
        <translation>VT-x/AMD-V:  %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Calibration: TCG %1 ms, KVM %2 ms</source>
        <translation>較正: TCG %1 ms、KVM %2 ms</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Calibration problem: %1</source>
        <translation>較正の問題: %1</translation>
    </message>
    <message>
        <source>(cached verdict from %1; --probe measures again)</source>
        <translation>(%1 時点のキャッシュされた判定です。--probe で再測定します)</translation>
    </message>
    <message>
        <source>%1 is running (accelerator %2: %3)</source>
        <translation>%1 は実行中です (アクセラレータ %2: %3)</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 の状態: %2。</translation>
    </message>
    <message>
        <source>%1 did not stop in time.</source>
        <translation>%1 は時間内に停止しませんでした。</translation>
    </message>
    <message>
        <source>--timeout takes seconds.</source>
        <translation>--timeout には秒数を指定します。</translation>
    </message>
    <message>
        <source>Asked the guest to shut down; the power is cut after %1 s.</source>
        <translation>ゲストにシャットダウンを要求しました。%1 秒後に電源を切ります。</translation>
    </message>
    <message>
        <source>media insert needs the VM, the drive and the image file.</source>
        <translation>media insert には仮想マシン、ドライブ、イメージファイルが必要です。</translation>
    </message>
    <message>
        <source>media eject needs the VM and the drive.</source>
        <translation>media eject には仮想マシンとドライブが必要です。</translation>
    </message>
    <message>
        <source>Inserted %1 into %2 of %3.</source>
        <translation>%1 を %3 の %2 に挿入しました。</translation>
    </message>
    <message>
        <source>Ejected the medium from %1 of %2.</source>
        <translation>%2 の %1 からメディアを取り出しました。</translation>
    </message>
    <message>
        <source>media takes insert or eject.</source>
        <translation>media には insert または eject を指定します。</translation>
    </message>
    <message>
        <source>Use: floppy create FILE [--size 1.44|2.88] [--label LABEL].</source>
        <translation>使い方: floppy create FILE [--size 1.44|2.88] [--label LABEL]</translation>
    </message>
    <message>
        <source>--size takes 1.44 or 2.88.</source>
        <translation>--size には 1.44 または 2.88 を指定します。</translation>
    </message>
    <message>
        <source>Created the %1 floppy image %2.</source>
        <translation>%1 フロッピーイメージ %2 を作成しました。</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>disk only</source>
        <translation>ディスクのみ</translation>
    </message>
    <message>
        <source>guest ran %1</source>
        <translation>ゲスト実行時間 %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>[broken: %1]</source>
        <translation>[破損: %1]</translation>
    </message>
    <message>
        <source>[found in the disks]</source>
        <translation>[ディスク内で検出]</translation>
    </message>
    <message>
        <source>-&gt; You are here</source>
        <translation>-&gt; 現在の位置</translation>
    </message>
    <message>
        <source>%1 has no snapshots.</source>
        <translation>%1 にはスナップショットがありません。</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>名前:        %1</translation>
    </message>
    <message>
        <source>Id, tag:     %1, %2</source>
        <translation>ID、タグ:    %1、%2</translation>
    </message>
    <message>
        <source>Taken:       %1</source>
        <translation>作成日時:    %1</translation>
    </message>
    <message>
        <source>Kind:        %1</source>
        <translation>種類:        %1</translation>
    </message>
    <message>
        <source>live (memory and devices too)</source>
        <translation>ライブ (メモリとデバイスも含む)</translation>
    </message>
    <message>
        <source>disks only</source>
        <translation>ディスクのみ</translation>
    </message>
    <message>
        <source>Guest time:  %1</source>
        <translation>ゲスト時間:  %1</translation>
    </message>
    <message>
        <source>State size:  %1</source>
        <translation>状態サイズ:  %1</translation>
    </message>
    <message>
        <source>Parent:      %1</source>
        <translation>親:          %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Current:     yes (the VM&apos;s state descends from it)</source>
        <translation>現在:        はい (仮想マシンの状態はここから派生しています)</translation>
    </message>
    <message>
        <source>Screenshot:  %1</source>
        <translation>スクリーンショット: %1</translation>
    </message>
    <message>
        <source>Broken:      %1</source>
        <translation>破損:        %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明:        %1</translation>
    </message>
    <message>
        <source>Settings:    not recorded (the snapshot was made outside Emanon)</source>
        <translation>設定:        記録なし (スナップショットは Emanon の外部で作成されました)</translation>
    </message>
    <message>
        <source>Settings:    as now</source>
        <translation>設定:        現在と同じ</translation>
    </message>
    <message>
        <source>Settings changed since (then -&gt; now):</source>
        <translation>作成後に変更された設定 (当時 -&gt; 現在):</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Took snapshot &quot;%1&quot; (%2, id %3).</source>
        <translation>スナップショット「%1」を作成しました (%2、ID %3)。</translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot; (%2).</source>
        <translation>「%1」に戻しました (%2)。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>snapshot takes one of: %1.</source>
        <translation>snapshot には次のいずれかを指定します: %1。</translation>
    </message>
    <message>
        <source>Name the VM: emanonctl snapshot %1 VM</source>
        <translation>仮想マシンを指定してください: emanonctl snapshot %1 VM</translation>
    </message>
    <message>
        <source>Name the snapshot: emanonctl snapshot %1 VM SNAPSHOT</source>
        <translation>スナップショットを指定してください: emanonctl snapshot %1 VM SNAPSHOT</translation>
    </message>
    <message>
        <source>Description changed.</source>
        <translation>説明を変更しました。</translation>
    </message>
    <message>
        <source>Give the new name: emanonctl snapshot rename VM SNAPSHOT NEW-NAME</source>
        <translation>新しい名前を指定してください: emanonctl snapshot rename VM SNAPSHOT NEW-NAME</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>「%1」に名前を変更しました。</translation>
    </message>
    <message>
        <source>(damaged: %1)</source>
        <translation>(破損: %1)</translation>
    </message>
    <message>
        <source>No VMs in %1. Create one with &quot;emanonctl create NAME&quot;.</source>
        <translation>%1 に仮想マシンがありません。「emanonctl create NAME」で作成してください。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>MEMORY / CPUS</source>
        <translation>メモリ / CPU</translation>
    </message>
    <message>
        <source>Name:     %1</source>
        <translation>名前:         %1</translation>
    </message>
    <message>
        <source>UUID:     %1</source>
        <translation>UUID:         %1</translation>
    </message>
    <message>
        <source>Path:     %1</source>
        <translation>パス:         %1</translation>
    </message>
    <message>
        <source>Profile:  %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>状態:         %1</translation>
    </message>
    <message>
        <source>CPU:      %1 x %2%3</source>
        <translation>CPU:          %1 x %2%3</translation>
    </message>
    <message>
        <source>Memory:   %1 MiB</source>
        <translation>メモリ:       %1 MiB</translation>
    </message>
    <message>
        <source>Machine:  %1, ACPI %2, firmware %3, clock %4</source>
        <translation>マシン:       %1、ACPI %2、ファームウェア %3、クロック %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Disk:     %1 (%2, %3) %4%5</source>
        <translation>ディスク:     %1 (%2、%3) %4%5</translation>
    </message>
    <message>
        <source>(missing or unreadable)</source>
        <translation>(見つからないか読み取れません)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>CD-ROM  </source>
        <translation>CD-ROM  </translation>
    </message>
    <message>
        <source>Floppy  </source>
        <translation>フロッピー  </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Network:  %1 %2 %3</source>
        <translation>ネットワーク: %1 %2 %3</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Display:  %1%2</source>
        <translation>ディスプレイ: %1%2</translation>
    </message>
    <message>
        <source>Sound:    %1   USB: %2</source>
        <translation>サウンド:     %1   USB: %2</translation>
    </message>
    <message>
        <source>Kernel:   %1 %2 &quot;%3&quot;</source>
        <translation>カーネル:     %1 %2 "%3"</translation>
    </message>
    <message>
        <source>Notes:    %1</source>
        <translation>注意事項:     %1</translation>
    </message>
    <message>
        <source>Error:    %1</source>
        <translation>エラー:       %1</translation>
    </message>
    <message>
        <source>Warning:  %1</source>
        <translation>警告:         %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>QEMU pid %1, accelerator %2, started %3</source>
        <translation>QEMU pid %1、アクセラレータ %2、起動日時 %3</translation>
    </message>
    <message>
        <source>create needs a name.</source>
        <translation>create には名前が必要です。</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2</source>
        <translation>不明なプロファイル「%1」です。プロファイル: %2</translation>
    </message>
    <message>
        <source>--memory takes a number of MiB.</source>
        <translation>--memory には MiB 単位の数値を指定します。</translation>
    </message>
    <message>
        <source>--cpus takes a number.</source>
        <translation>--cpus には数値を指定します。</translation>
    </message>
    <message>
        <source>--disk takes a size such as 8G or 512M.</source>
        <translation>--disk には 8G や 512M のようなサイズを指定します。</translation>
    </message>
    <message>
        <source>Created %1 in %2</source>
        <translation>%1 を %2 に作成しました</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Name the VM.</source>
        <translation>仮想マシンを指定してください。</translation>
    </message>
    <message>
        <source>Moved %1 to the trash (%2).</source>
        <translation>%1 をごみ箱に移動しました (%2)。</translation>
    </message>
    <message>
        <source>clone needs the VM and a new name.</source>
        <translation>clone には仮想マシンと新しい名前が必要です。</translation>
    </message>
    <message>
        <source>Created the linked clone %1 in %2</source>
        <translation>リンククローン %1 を %2 に作成しました</translation>
    </message>
    <message>
        <source>Created the clone %1</source>
        <translation>クローン %1 を作成しました</translation>
    </message>
    <message>
        <source>Emanon VM manager, command line.</source>
        <translation>Emanon 仮想マシンマネージャー (コマンドライン版)</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>実行する操作 (「コマンド」を参照)。</translation>
    </message>
    <message>
        <source>The VM library folder (default: $EMANON_LIBRARY or ~/.local/share/emanon/vms).</source>
        <translation>仮想マシンライブラリのフォルダー (既定値: $EMANON_LIBRARY または ~/.local/share/emanon/vms)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>機械処理用の出力にします。</translation>
    </message>
    <message>
        <source>Show the technical details of errors.</source>
        <translation>エラーの技術的な詳細を表示します。</translation>
    </message>
    <message>
        <source>Guest profile for create.</source>
        <translation>create で使用するゲストプロファイル。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Memory in MiB.</source>
        <translation>メモリ (MiB)。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Number of CPUs.</source>
        <translation>CPU の数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Create a new disk of this size (8G, 512M).</source>
        <translation>このサイズの新しいディスクを作成します (8G、512M)。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>CD/DVD image to insert.</source>
        <translation>挿入する CD/DVD イメージ。</translation>
    </message>
    <message>
        <source>iso</source>
        <translation>iso</translation>
    </message>
    <message>
        <source>Floppy image to insert.</source>
        <translation>挿入するフロッピーイメージ。</translation>
    </message>
    <message>
        <source>img</source>
        <translation>img</translation>
    </message>
    <message>
        <source>Network card model, or none.</source>
        <translation>ネットワークカードのモデル、または none。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Boot this kernel directly.</source>
        <translation>このカーネルを直接起動します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Initramfs for --kernel.</source>
        <translation>--kernel 用の initramfs。</translation>
    </message>
    <message>
        <source>Kernel command line for --kernel.</source>
        <translation>--kernel 用のカーネルコマンドライン。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Accelerator: auto, kvm or tcg.</source>
        <translation>アクセラレータ: auto、kvm、tcg のいずれか。</translation>
    </message>
    <message>
        <source>accel</source>
        <translation>accel</translation>
    </message>
    <message>
        <source>Measure the accelerators again.</source>
        <translation>アクセラレータを再測定します。</translation>
    </message>
    <message>
        <source>Run without a window (the default for emanonctl).</source>
        <translation>ウィンドウなしで実行します (emanonctl の既定)。</translation>
    </message>
    <message>
        <source>Attach to the serial console after starting.</source>
        <translation>起動後にシリアルコンソールに接続します。</translation>
    </message>
    <message>
        <source>Cut the power instead of asking the guest.</source>
        <translation>ゲストに要求せずに電源を切ります。</translation>
    </message>
    <message>
        <source>Seconds to wait for the guest to shut down.</source>
        <translation>ゲストのシャットダウンを待つ秒数。</translation>
    </message>
    <message>
        <source>sec</source>
        <translation>sec</translation>
    </message>
    <message>
        <source>Print QEMU&apos;s command line instead.</source>
        <translation>代わりに QEMU のコマンドラインを表示します。</translation>
    </message>
    <message>
        <source>Make a linked clone (shares the source&apos;s disks).</source>
        <translation>リンククローンを作成します (ソースのディスクを共有します)。</translation>
    </message>
    <message>
        <source>Allow shrinking a disk (data past the end is lost).</source>
        <translation>ディスクの縮小を許可します (終端より後ろのデータは失われます)。</translation>
    </message>
    <message>
        <source>Disk image format.</source>
        <translation>ディスクイメージの形式。</translation>
    </message>
    <message>
        <source>fmt</source>
        <translation>fmt</translation>
    </message>
    <message>
        <source>Floppy size: 1.44 or 2.88.</source>
        <translation>フロッピーのサイズ: 1.44 または 2.88。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Volume label of a new floppy.</source>
        <translation>新しいフロッピーのボリュームラベル。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Description of a snapshot.</source>
        <translation>スナップショットの説明。</translation>
    </message>
    <message>
        <source>Delete the snapshot and everything below it.</source>
        <translation>スナップショットとその下にあるすべてを削除します。</translation>
    </message>
    <message>
        <source>import: print the report, import nothing.</source>
        <translation>import: レポートを表示するだけで、何もインポートしません。</translation>
    </message>
    <message>
        <source>import: do not check the manifest (not recommended).</source>
        <translation>import: マニフェストを検証しません (非推奨)。</translation>
    </message>
    <message>
        <source>import: accept the appliance&apos;s license agreement.</source>
        <translation>import: アプライアンスの使用許諾契約に同意します。</translation>
    </message>
    <message>
        <source>export: OVF 1.0 (default) or 2.0.</source>
        <translation>export: OVF 1.0 (既定) または 2.0。</translation>
    </message>
    <message>
        <source>ver</source>
        <translation>ver</translation>
    </message>
    <message>
        <source>export: manifest digest, sha256 (default) or sha1.</source>
        <translation>export: マニフェストのダイジェスト。sha256 (既定) または sha1。</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] [--snapshot SNAP]</source>
        <translation>export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] [--snapshot SNAP]</translation>
    </message>
    <message>
        <source>Commands:
  host [--probe] [--accel auto|kvm|tcg]   accelerator verdict and QEMU version
  list                                     the VMs in the library
  create NAME [--profile ID] [--memory MiB] [--cpus N] [--disk SIZE]
         [--cdrom ISO] [--floppy IMG] [--nic MODEL|none]
         [--kernel FILE --initrd FILE --append TEXT]
  show VM [--argv]                         the definition (or QEMU&apos;s arguments)
  start VM [--headless] [--console] [--accel auto|kvm|tcg]
  stop VM [--force] [--timeout SEC]        shut down (ACPI), or cut the power
  pause VM | resume VM | reset VM
  status VM                                run state, QEMU pid, accelerator
  console VM                               attach to the serial console (Ctrl+] detaches)
  delete VM                                move the VM to the library&apos;s trash
  clone VM NEW [--linked]                  full copy, or a linked clone
  disk create FILE SIZE [--format F] | disk info FILE
  disk resize FILE SIZE [--shrink] | disk convert SRC DST [--format F]
  media insert VM DRIVE FILE | media eject VM DRIVE   change a CD or floppy
  floppy create FILE [--size 1.44|2.88] [--label LABEL]   a blank FAT12 floppy
  snapshot list VM | snapshot show VM SNAP          the snapshot tree, one snapshot
  snapshot take VM [--name N] [--description D]     live when it runs, else disks only
  snapshot revert VM SNAP | snapshot rename VM SNAP NEW [--description D]
  snapshot delete VM SNAP [--branch]               children move up, or the whole branch
  import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]
         an appliance (.ova, .ovf, zip OVA) becomes a VM; --dry-run prints the report
  export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256]
         [--snapshot SNAP]                 an OVA (default), OVF folder or zip bundle

Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM&apos;s state,
5 QEMU failed or crashed, 6 timed out, 130 canceled.</source>
        <translation>コマンド:
  host [--probe] [--accel auto|kvm|tcg]   アクセラレータの判定と QEMU のバージョン
  list                                     ライブラリ内の仮想マシン
  create NAME [--profile ID] [--memory MiB] [--cpus N] [--disk SIZE]
         [--cdrom ISO] [--floppy IMG] [--nic MODEL|none]
         [--kernel FILE --initrd FILE --append TEXT]
  show VM [--argv]                         定義 (または QEMU の引数)
  start VM [--headless] [--console] [--accel auto|kvm|tcg]
  stop VM [--force] [--timeout SEC]        シャットダウン (ACPI)、または電源を切断
  pause VM | resume VM | reset VM
  status VM                                実行状態、QEMU の pid、アクセラレータ
  console VM                               シリアルコンソールに接続 (Ctrl+] で切り離し)
  delete VM                                仮想マシンをライブラリのごみ箱に移動
  clone VM NEW [--linked]                  完全なコピー、またはリンククローン
  disk create FILE SIZE [--format F] | disk info FILE
  disk resize FILE SIZE [--shrink] | disk convert SRC DST [--format F]
  media insert VM DRIVE FILE | media eject VM DRIVE   CD またはフロッピーを交換
  floppy create FILE [--size 1.44|2.88] [--label LABEL]   空の FAT12 フロッピー
  snapshot list VM | snapshot show VM SNAP          スナップショットツリー、個々のスナップショット
  snapshot take VM [--name N] [--description D]     実行中はライブ、それ以外はディスクのみ
  snapshot revert VM SNAP | snapshot rename VM SNAP NEW [--description D]
  snapshot delete VM SNAP [--branch]               子は上に移動、またはブランチ全体を削除
  import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]
         アプライアンス (.ova、.ovf、zip OVA) を仮想マシンにします。--dry-run はレポートを表示
  export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256]
         [--snapshot SNAP]                 OVA (既定)、OVF フォルダー、zip バンドル

終了コード: 0 成功、1 失敗、2 使い方の誤り、3 見つからない、4 仮想マシンの状態により拒否、
5 QEMU の失敗またはクラッシュ、6 タイムアウト、130 キャンセル。</translation>
    </message>
    <message>
        <source>export: this snapshot instead of the current state.</source>
        <translation>export: 現在の状態の代わりにこのスナップショットをエクスポートします。</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>snap</translation>
    </message>
    <message>
        <source>A name: of the new snapshot, or of the imported VM.</source>
        <translation>名前: 新しいスナップショット、またはインポートする仮想マシンの名前。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows a running VM&apos;s screen.</source>
        <translation>実行中の仮想マシンの画面を表示します。</translation>
    </message>
    <message>
        <source>Name or UUID of the VM.</source>
        <translation>仮想マシンの名前または UUID。</translation>
    </message>
    <message>
        <source>Start full screen.</source>
        <translation>全画面表示で起動します。</translation>
    </message>
    <message>
        <source>Print the frames shown so far and the window geometry every second.</source>
        <translation>それまでに表示したフレーム数とウィンドウのジオメトリを毎秒出力します。</translation>
    </message>
    <message>
        <source>Use the Qt display widget instead of SDL2.</source>
        <translation>SDL2 の代わりに Qt のディスプレイウィジェットを使用します。</translation>
    </message>
    <message>
        <source>The VM &quot;%1&quot; is not running. Start it first (emanonctl start %1).</source>
        <translation>仮想マシン「%1」は実行されていません。先に起動してください (emanonctl start %1)。</translation>
    </message>
    <message>
        <source>The VM has no local SPICE display: turn on SPICE on a unix socket in its display settings.</source>
        <translation>仮想マシンにローカルの SPICE ディスプレイがありません。ディスプレイ設定で unix ソケット上の SPICE をオンにしてください。</translation>
    </message>
</context>
</TS>
