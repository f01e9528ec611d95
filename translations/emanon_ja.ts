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
    <message>
        <source>Release hotkey</source>
        <translation>解放ホットキー</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Resolution of the guest</source>
        <translation>ゲストの解像度</translation>
    </message>
    <message>
        <source>USB devices of the VM</source>
        <translation>VM の USB デバイス</translation>
    </message>
    <message>
        <source>%1 — Emanon (press %2 to release the pointer)</source>
        <translation>%1 — Emanon (%2 を押すとポインターを解放します)</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>解放: %1</translation>
    </message>
    <message>
        <source>This key combination hands the pointer and keyboard back from the VM. Change it in Preferences.</source>
        <translation>このキーの組み合わせで VM からポインターとキーボードを取り戻します。環境設定で変更できます。</translation>
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
    <message>
        <source>Last screen of the VM</source>
        <translation>VM の最後の画面</translation>
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
    <message>
        <source>SPICE &amp;agent channel (shared clipboard, resize with the window)</source>
        <translation>SPICE エージェントチャネル(&amp;A) (クリップボード共有、ウィンドウに合わせたサイズ変更)</translation>
    </message>
    <message>
        <source>SPICE agent channel</source>
        <translation>SPICE エージェントチャネル</translation>
    </message>
    <message>
        <source>Needs spice-vdagent in the guest (spice-guest-tools on Windows). Legacy guests have no driver for it and show an unknown device.</source>
        <translation>ゲストに spice-vdagent (Windows では spice-guest-tools) が必要です。レガシーゲストにはドライバーがなく、不明なデバイスとして表示されます。</translation>
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
    <name>App::ExportApplianceDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 のエクスポート</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>エクスポート先ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>OVA appliance: one file for VirtualBox, VMware and others</source>
        <translation>OVA アプライアンス: VirtualBox、VMware などで使える 1 つのファイル</translation>
    </message>
    <message>
        <source>OVF folder: .ovf, .mf and disk files side by side</source>
        <translation>OVF フォルダー: .ovf、.mf、ディスクファイルを並べて保存</translation>
    </message>
    <message>
        <source>Emanon zip bundle: everything, snapshots included</source>
        <translation>Emanon zip バンドル: スナップショットを含むすべて</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>OVF version</source>
        <translation>OVF バージョン</translation>
    </message>
    <message>
        <source>OVF 1.0 (accepted by most tools)</source>
        <translation>OVF 1.0 (ほとんどのツールが対応)</translation>
    </message>
    <message>
        <source>OVF 2.0</source>
        <translation>OVF 2.0</translation>
    </message>
    <message>
        <source>OVF &amp;version:</source>
        <translation>OVF バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <translation>マニフェストのダイジェスト</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SHA1 (for older tools)</source>
        <translation>SHA1 (古いツール向け)</translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation>マニフェスト(&amp;M):</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>エクスポートする内容</translation>
    </message>
    <message>
        <source>The current state</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation>スナップショット「%1」</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>エクスポート対象(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Sign the appliance</source>
        <translation>アプライアンスに署名する(&amp;S)</translation>
    </message>
    <message>
        <source>Sign the appliance</source>
        <translation>アプライアンスに署名する</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>秘密鍵 (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>証明書 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>署名用の証明書</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key *.crt *.cer);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.key *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>エクスポートの保存先を選んでください。</translation>
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
    <name>App::ImportApplianceWizard</name>
    <message>
        <source>Import Appliance</source>
        <translation>アプライアンスのインポート</translation>
    </message>
    <message>
        <source>Import appliance</source>
        <translation>アプライアンスのインポート</translation>
    </message>
</context>
<context>
    <name>App::ImportEulaPage</name>
    <message>
        <source>License agreement %1 of %2</source>
        <translation>ライセンス契約 (%1 / %2)</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>ライセンス契約</translation>
    </message>
    <message>
        <source>The appliance can only be imported if you accept its license.</source>
        <translation>ライセンスに同意した場合にのみアプライアンスをインポートできます。</translation>
    </message>
    <message>
        <source>License agreement text</source>
        <translation>ライセンス契約の本文</translation>
    </message>
    <message>
        <source>I &amp;accept this license agreement</source>
        <translation>このライセンス契約に同意します(&amp;A)</translation>
    </message>
    <message>
        <source>I accept this license agreement</source>
        <translation>このライセンス契約に同意します</translation>
    </message>
    <message>
        <source>&amp;Decline and stop the import</source>
        <translation>同意せずインポートを中止(&amp;D)</translation>
    </message>
    <message>
        <source>Decline the license and stop the import</source>
        <translation>ライセンスに同意せずインポートを中止します</translation>
    </message>
</context>
<context>
    <name>App::ImportFilePage</name>
    <message>
        <source>Appliance file</source>
        <translation>アプライアンスファイル</translation>
    </message>
    <message>
        <source>An OVA, an OVF with its files beside it, or an Emanon zip bundle. You can also drop the file onto the main window.</source>
        <translation>OVA、関連ファイルと同じ場所にある OVF、または Emanon zip バンドルです。ファイルをメインウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the appliance file</source>
        <translation>アプライアンスファイルを参照</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Import Appliance</source>
        <translation>アプライアンスのインポート</translation>
    </message>
    <message>
        <source>Appliances (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>アプライアンス (*.ova *.ovf *.zip);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>App::ImportNamePage</name>
    <message>
        <source>Name and location</source>
        <translation>名前と場所</translation>
    </message>
    <message>
        <source>The name of the new VM, and the guest profile that decides its devices.</source>
        <translation>新しい VM の名前と、そのデバイス構成を決めるゲストプロファイルです。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
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
        <source>Guest profile</source>
        <translation>ゲストプロファイル</translation>
    </message>
    <message>
        <source>Guest &amp;profile:</source>
        <translation>ゲストプロファイル(&amp;P):</translation>
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
        <source>As the appliance says: %1</source>
        <translation>アプライアンスの指定どおり: %1</translation>
    </message>
    <message>
        <source>Enter a name for the VM.</source>
        <translation>VM の名前を入力してください。</translation>
    </message>
    <message>
        <source>A VM called “%1” already exists. Choose another name.</source>
        <translation>「%1」という VM はすでにあります。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>App::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Import stage</source>
        <translation>インポートの段階</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>インポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>インポートをキャンセルします</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>インポート結果</translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation>「%1」を %2 にインポートしました。</translation>
    </message>
    <message>
        <source>The import was canceled. Nothing was imported.</source>
        <translation>インポートはキャンセルされました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>The import failed: %1
Nothing was imported.</source>
        <translation>インポートに失敗しました: %1
何もインポートされていません。</translation>
    </message>
</context>
<context>
    <name>App::ImportReportPage</name>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>インポートされる内容</translation>
    </message>
    <message>
        <source>How the appliance&apos;s hardware maps onto Emanon, what is left out or chosen instead, and whether its files can be trusted.</source>
        <translation>アプライアンスのハードウェアが Emanon でどう対応付けられるか、何が除外または代わりに選ばれるか、そしてファイルが信頼できるかを示します。</translation>
    </message>
    <message>
        <source>Problem with the appliance</source>
        <translation>アプライアンスの問題</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>インポートレポート</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Verify the files against the appliance&apos;s manifest and signature (recommended)</source>
        <translation>ファイルをアプライアンスのマニフェストと署名で検証する (推奨)(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the files</source>
        <translation>ファイルを検証する</translation>
    </message>
    <message>
        <source>Verification is off</source>
        <translation>検証はオフです</translation>
    </message>
    <message>
        <source>VERIFICATION IS OFF: the files will not be checked against the manifest or the signature. A damaged or tampered appliance will be imported as it is.</source>
        <translation>検証はオフです: ファイルはマニフェストや署名と照合されません。壊れたアプライアンスや改ざんされたアプライアンスもそのままインポートされます。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 はインポートできません: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Guest profile</source>
        <translation>ゲストプロファイル</translation>
    </message>
    <message>
        <source>Appliance&apos;s OS</source>
        <translation>アプライアンスの OS</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサー</translation>
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
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>a new blank disk of %1 MiB</source>
        <translation>%1 MiB の新しい空のディスク</translation>
    </message>
    <message>
        <source>%1 (%2 MiB), converted to qcow2</source>
        <translation>%1 (%2 MiB)、qcow2 に変換</translation>
    </message>
    <message>
        <source>Network card</source>
        <translation>ネットワークカード</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
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
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>%1 license agreement(s) to accept on the next page(s).</source>
        <translation>次のページで同意が必要なライセンス契約が %1 件あります。</translation>
    </message>
</context>
<context>
    <name>App::LibraryActions</name>
    <message>
        <source>Could not remove the VM from the list</source>
        <translation>VM を一覧から削除できませんでした</translation>
    </message>
    <message>
        <source>&amp;Add Existing VM…</source>
        <translation>既存の VM を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>List a VM folder (.emanon) from another place, such as another disk; its files stay where they are</source>
        <translation>別の場所(別のディスクなど)にある VM フォルダー (.emanon) を一覧に加えます。ファイルはその場所に残ります</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>一覧から削除(&amp;L)</translation>
    </message>
    <message>
        <source>Select a virtual machine first.</source>
        <translation>先に仮想マシンを選択してください。</translation>
    </message>
    <message>
        <source>Stop listing this VM; its folder and disks stay where they are</source>
        <translation>この VM を一覧に表示しないようにします。フォルダーとディスクはその場所に残ります</translation>
    </message>
    <message>
        <source>This VM is in the default library folder, which is always listed. Delete it, or move its folder elsewhere.</source>
        <translation>この VM は常に一覧に表示される既定のライブラリフォルダーにあります。削除するか、フォルダーを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The new VM could not be added to the list</source>
        <translation>新しい VM を一覧に追加できませんでした</translation>
    </message>
    <message>
        <source>Add an existing VM: choose its .emanon folder</source>
        <translation>既存の VM を追加: その .emanon フォルダーを選んでください</translation>
    </message>
    <message>
        <source>Could not add the VM</source>
        <translation>VM を追加できませんでした</translation>
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
    <message>
        <source>Could not change the default library folder</source>
        <translation>既定のライブラリフォルダーを変更できませんでした</translation>
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
    <name>App::MoveToHostDialog</name>
    <message>
        <source>Move %1 to Another Host</source>
        <translation>%1 を別のホストへ移動</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>移行先ホスト</translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation>ホストを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Live: the guest keeps running while it moves</source>
        <translation>ライブ(&amp;L): 移動中もゲストは動作を続けます</translation>
    </message>
    <message>
        <source>&amp;Quick: suspend, copy everything, resume there</source>
        <translation>クイック(&amp;Q): サスペンドし、すべてをコピーして、移行先で再開します</translation>
    </message>
    <message>
        <source>&amp;Quick: copy the VM with its disks and snapshots</source>
        <translation>クイック(&amp;Q): VM をディスクとスナップショットごとコピーします</translation>
    </message>
    <message>
        <source>Only a running VM can be moved live.</source>
        <translation>ライブで移動できるのは動作中の VM だけです。</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>No other Emanon host is known yet. Add one: it is reached over SSH with a key that needs no password, and needs Emanon installed.</source>
        <translation>ほかの Emanon ホストはまだ登録されていません。追加してください。ホストにはパスワード不要の鍵を使って SSH で接続し、Emanon がインストールされている必要があります。</translation>
    </message>
    <message>
        <source>%1 leaves this computer once it runs on the other host; until then it stays here, and a failed move leaves it running here.</source>
        <translation>%1 は移行先で動作を始めた時点でこのコンピューターから離れます。それまではここに残り、移動に失敗した場合はここで動作を続けます。</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>ホストを追加</translation>
    </message>
    <message>
        <source>ssh&apos;s default key</source>
        <translation>ssh の既定の鍵</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation>SSH 鍵(&amp;K):</translation>
    </message>
    <message>
        <source>The host could not be added</source>
        <translation>ホストを追加できませんでした</translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>%1 を移動できませんでした</translation>
    </message>
    <message>
        <source>%1 Moved</source>
        <translation>%1 を移動しました</translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation>%1 は %2 で動作しています。</translation>
    </message>
    <message>
        <source>%1 is now on %2.</source>
        <translation>%1 は %2 に移動しました。</translation>
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
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>The VM&apos;s folder is created here. VMs outside the default library folder stay in the list.</source>
        <translation>VM のフォルダーはここに作成されます。既定のライブラリフォルダー以外にある VM も一覧に残ります。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Folder for the new VM</source>
        <translation>新しい VM のフォルダー</translation>
    </message>
    <message>
        <source>Give the folder as a full path, for example %1.</source>
        <translation>フォルダーはフルパスで指定してください(例: %1)。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation>フォルダー %1 に書き込めません。別のフォルダーを選んでください。</translation>
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
        <source>Release hotkey</source>
        <translation>解放ホットキー</translation>
    </message>
    <message>
        <source>Hands the pointer and keyboard back from a VM&apos;s screen (also in emanon-viewer). Hotkey+F toggles full screen.</source>
        <translation>VM の画面からポインターとキーボードを取り戻します (emanon-viewer でも同じです)。ホットキー+F で全画面表示を切り替えます。</translation>
    </message>
    <message>
        <source>&amp;Release hotkey:</source>
        <translation>解放ホットキー(&amp;R):</translation>
    </message>
    <message>
        <source>Default library folder</source>
        <translation>既定のライブラリフォルダー</translation>
    </message>
    <message>
        <source>New VMs go here unless you pick another folder. VMs in the previous folder stay in the list.</source>
        <translation>別のフォルダーを選ばない限り、新しい VM はここに作成されます。以前のフォルダーにある VM も一覧に残ります。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the default library folder</source>
        <translation>既定のライブラリフォルダーを選択</translation>
    </message>
    <message>
        <source>Default &amp;library folder:</source>
        <translation>既定のライブラリフォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>On quit, &amp;suspend the running VMs (they resume where they were on their next start)</source>
        <translation>終了時に実行中の VM をサスペンドする(&amp;S) (次回の起動時に中断したところから再開します)</translation>
    </message>
    <message>
        <source>Otherwise running VMs keep running after Emanon quits.</source>
        <translation>オフの場合、実行中の VM は Emanon の終了後も実行を続けます。</translation>
    </message>
    <message>
        <source>Could not save the USB list</source>
        <translation>USB の一覧を保存できませんでした</translation>
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
    <name>App::ResolutionMenu</name>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>The guest agent switches the guest now:</source>
        <translation>ゲストエージェントがすぐにゲストの解像度を切り替えます:</translation>
    </message>
    <message>
        <source>No guest agent: the card offers this mode from the next start; the guest still chooses its mode itself:</source>
        <translation>ゲストエージェントがありません: 次回の起動からグラフィックカードがこのモードを推奨します。モードを選ぶのはゲスト自身です:</translation>
    </message>
    <message>
        <source>No guest agent, and this graphics card cannot offer a mode: set the resolution inside the guest.</source>
        <translation>ゲストエージェントがなく、このグラフィックカードはモードを推奨できません。解像度はゲストの中で設定してください。</translation>
    </message>
    <message>
        <source>Card&apos;s Default Mode</source>
        <translation>カードの既定のモード</translation>
    </message>
    <message>
        <source>Resize Guest with Window</source>
        <translation>ウィンドウに合わせてゲストの解像度を変更</translation>
    </message>
    <message>
        <source>Needs the SPICE agent (spice-vdagent) in the guest.</source>
        <translation>ゲストに SPICE エージェント (spice-vdagent) が必要です。</translation>
    </message>
    <message>
        <source>The guest switches to %1.</source>
        <translation>ゲストを %1 に切り替えます。</translation>
    </message>
    <message>
        <source>From the next start the card offers its default mode.</source>
        <translation>次回の起動から、グラフィックカードは既定のモードを推奨します。</translation>
    </message>
    <message>
        <source>From the next start the card offers %1 to the guest.</source>
        <translation>次回の起動から、グラフィックカードはゲストに %1 を推奨します。</translation>
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
    <name>App::UsbMenu</name>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Could not disconnect %1</source>
        <translation>%1 を切断できませんでした</translation>
    </message>
    <message>
        <source>Could not connect %1 automatically</source>
        <translation>%1 を自動で接続できませんでした</translation>
    </message>
    <message>
        <source>No USB in this VM</source>
        <translation>この VM には USB がありません</translation>
    </message>
    <message>
        <source>This computer&apos;s devices</source>
        <translation>このコンピューターのデバイス</translation>
    </message>
    <message>
        <source>No USB devices available</source>
        <translation>使える USB デバイスはありません</translation>
    </message>
    <message>
        <source>None plugged in</source>
        <translation>何も接続されていません</translation>
    </message>
    <message>
        <source>Emulated devices</source>
        <translation>エミュレートされたデバイス</translation>
    </message>
    <message>
        <source>Plug In USB Stick Image…</source>
        <translation>USB メモリのイメージを接続…</translation>
    </message>
    <message>
        <source>Plug In USB Tablet</source>
        <translation>USB タブレットを接続</translation>
    </message>
    <message>
        <source>Plug In USB Keyboard</source>
        <translation>USB キーボードを接続</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を取り外す</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 を取り外せませんでした</translation>
    </message>
    <message>
        <source>Could not plug in the %1</source>
        <translation>%1 を接続できませんでした</translation>
    </message>
    <message>
        <source>USB Stick Image</source>
        <translation>USB メモリのイメージ</translation>
    </message>
    <message>
        <source>Disk images (*.img *.raw *.qcow2);;All files (*)</source>
        <translation>ディスクイメージ (*.img *.raw *.qcow2);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not connect %1</source>
        <translation>%1 を接続できませんでした</translation>
    </message>
</context>
<context>
    <name>App::UsbNeverListWidget</name>
    <message>
        <source>USB devices never given to a VM</source>
        <translation>VM に渡さない USB デバイス</translation>
    </message>
    <message>
        <source>Device to keep on this computer</source>
        <translation>このコンピューターに残すデバイス</translation>
    </message>
    <message>
        <source>e.g. 046d:c31c for the keyboard</source>
        <translation>例: キーボードなら 046d:c31c</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>App::UsbSettingsPage</name>
    <message>
        <source>USB redirection slots</source>
        <translation>USB リダイレクトのスロット</translation>
    </message>
    <message>
        <source>How many host devices the screen&apos;s USB redirection can give the VM at once. Takes effect at the next start.</source>
        <translation>画面の USB リダイレクトで同時に VM に渡せるホストのデバイスの数です。次回の起動から有効になります。</translation>
    </message>
    <message>
        <source>&amp;Redirection slots:</source>
        <translation>リダイレクトのスロット(&amp;R):</translation>
    </message>
    <message>
        <source>Rules: devices this VM gets</source>
        <translation>ルール: この VM に渡すデバイス</translation>
    </message>
    <message>
        <source>USB rules</source>
        <translation>USB ルール</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Connect by</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>046d:c52b, class:08, bus:1-2.3, serial:…</source>
        <translation>046d:c52b、class:08、bus:1-2.3、serial:…</translation>
    </message>
    <message>
        <source>Redirection (SPICE)</source>
        <translation>リダイレクト (SPICE)</translation>
    </message>
    <message>
        <source>Passthrough (QEMU)</source>
        <translation>パススルー (QEMU)</translation>
    </message>
    <message>
        <source>&amp;Automatically</source>
        <translation>自動で接続(&amp;A)</translation>
    </message>
    <message>
        <source>Connect matching devices when the VM starts and when they are plugged in.</source>
        <translation>VM の起動時と、デバイスが差し込まれたときに、一致するデバイスを接続します。</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>ルールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>This computer&apos;s USB devices</source>
        <translation>このコンピューターの USB デバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Add Rule for This &amp;Device</source>
        <translation>このデバイスのルールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>You may not use this device yet: see docs/usb.md for the udev rule.</source>
        <translation>このデバイスはまだ使えません。udev ルールについては docs/usb.md を参照してください。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
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
    <message>
        <source>S&amp;uspend</source>
        <translation>サスペンド(&amp;U)</translation>
    </message>
    <message>
        <source>Discard Saved State…</source>
        <translation>保存された状態を破棄…</translation>
    </message>
    <message>
        <source>&amp;Move to Host…</source>
        <translation>ホストへ移動(&amp;M)…</translation>
    </message>
    <message>
        <source>This VM is the template of the linked clones %1: starting it would change the disks they read. Start a clone instead.</source>
        <translation>この VM はリンククローン %1 のテンプレートです。起動するとクローンが読み込むディスクが変わってしまいます。代わりにクローンを起動してください。</translation>
    </message>
    <message>
        <source>Resume the virtual machine where it was suspended</source>
        <translation>サスペンドしたところから仮想マシンを再開します</translation>
    </message>
    <message>
        <source>Save the virtual machine&apos;s state to its folder and close it; Start resumes it where it was</source>
        <translation>仮想マシンの状態をフォルダーに保存して閉じます。「起動」で中断したところから再開します</translation>
    </message>
    <message>
        <source>Drop the saved state; the next start boots the virtual machine from scratch</source>
        <translation>保存された状態を破棄します。次回の起動では仮想マシンを最初から起動します</translation>
    </message>
    <message>
        <source>Move the virtual machine to another Emanon host, live or by suspending it</source>
        <translation>仮想マシンを別の Emanon ホストへ、ライブまたはサスペンドして移動します</translation>
    </message>
    <message>
        <source>Wait until the VM has started or stopped.</source>
        <translation>VM の起動または停止が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Discard the saved state of %1?</source>
        <translation>%1 の保存された状態を破棄しますか?</translation>
    </message>
    <message>
        <source>What was in the memory of “%1” when it was suspended is lost, as after a power cut. Its next start boots it from scratch.</source>
        <translation>「%1」をサスペンドしたときのメモリーの内容は、電源を切ったときと同じように失われます。次回は最初から起動します。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Could not discard the saved state of %1</source>
        <translation>%1 の保存された状態を破棄できませんでした</translation>
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
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Template of the linked clones %1: it cannot be started and its snapshots cannot be changed, because the clones read its disks.</source>
        <translation>リンククローン %1 のテンプレートです。クローンがそのディスクを読み込むため、起動やスナップショットの変更はできません。</translation>
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
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
</context>
<context>
    <name>Appliances::BundleImporter</name>
    <message>
        <source>The bundle contains &quot;%1&quot;, which is refused: %2 Nothing was imported.</source>
        <translation>バンドルに「%1」が含まれているため拒否しました: %2 何もインポートされていません。</translation>
    </message>
    <message>
        <source>The zip bundle %1 is damaged or incomplete. Copy it again.</source>
        <translation>zip バンドル %1 が壊れているか不完全です。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>the bundle holds more than %1 files.</source>
        <translation>バンドルのファイル数が %1 を超えています。</translation>
    </message>
    <message>
        <source>everything in a bundle lies in its one &quot;&lt;name&gt;.emanon&quot; folder.</source>
        <translation>バンドルの中身はすべて 1 つの「&lt;名前&gt;.emanon」フォルダーに入っている必要があります。</translation>
    </message>
    <message>
        <source>it is a symbolic link, and a bundle holds only files and folders.</source>
        <translation>シンボリックリンクですが、バンドルにはファイルとフォルダーしか入れられません。</translation>
    </message>
    <message>
        <source>it is a device or another special file.</source>
        <translation>デバイスまたはその他の特殊ファイルです。</translation>
    </message>
    <message>
        <source>the name appears twice (the second copy could replace the first).</source>
        <translation>同じ名前が 2 回現れます (2 つ目が 1 つ目を置き換えるおそれがあります)。</translation>
    </message>
    <message>
        <source>it is far larger than such a file can be.</source>
        <translation>この種のファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The disk %1 (%2) is a file outside the bundle on the machine it came from; it is left out.</source>
        <translation>ディスク %1 (%2) は元のマシンのバンドル外にあるファイルのため、除外します。</translation>
    </message>
    <message>
        <source>The medium %1 in %2 is a file outside the bundle; the drive is left empty.</source>
        <translation>%2 のメディア %1 はバンドル外のファイルのため、ドライブは空にします。</translation>
    </message>
    <message>
        <source>The kernel file %1 lies outside the bundle; direct kernel boot is turned off.</source>
        <translation>カーネルファイル %1 はバンドル外にあるため、カーネル直接起動を無効にします。</translation>
    </message>
    <message>
        <source>The zip file is not an Emanon bundle: %1 has no vm.json.</source>
        <translation>この zip ファイルは Emanon バンドルではありません: %1 に vm.json がありません。</translation>
    </message>
    <message>
        <source>The bundle&apos;s vm.json is not a valid VM definition: %1</source>
        <translation>バンドルの vm.json は有効な VM 定義ではありません: %1</translation>
    </message>
    <message>
        <source>An Emanon bundle: every setting, disk and snapshot is kept as it was.</source>
        <translation>Emanon バンドルです。すべての設定、ディスク、スナップショットがそのまま保持されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a VM name: %2 Choose another name.</source>
        <translation>「%1」は VM の名前に使えません: %2 別の名前を選んでください。</translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists; the imported VM is called &quot;%2&quot;.</source>
        <translation>「%1」という VM はすでにあるため、インポートした VM の名前は「%2」になります。</translation>
    </message>
    <message>
        <source>A VM called &quot;%1&quot; already exists. Choose another name for the imported VM.</source>
        <translation>「%1」という VM はすでにあります。インポートする VM に別の名前を選んでください。</translation>
    </message>
    <message>
        <source>A VM with the same identity (UUID) is already in the library: the imported VM gets a new UUID and new MAC addresses.</source>
        <translation>同じ識別子 (UUID) の VM がすでにライブラリにあります。インポートした VM には新しい UUID と MAC アドレスが割り当てられます。</translation>
    </message>
    <message>
        <source>The bundle&apos;s snapshots.json is damaged: %1</source>
        <translation>バンドルの snapshots.json が壊れています: %1</translation>
    </message>
    <message>
        <source>%1 snapshot(s) are kept.</source>
        <translation>%1 個のスナップショットを保持します。</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>%1 にフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk is not full.</source>
        <translation>%1 に書き込めません。ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>インポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>it unpacks to more data than its header declares (a zip bomb).</source>
        <translation>ヘッダーの宣言より多くのデータに展開されます (zip 爆弾)。</translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation>%1 の書き込みに失敗しました。ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>%1: the data do not match the header (damaged, or a zip bomb)</source>
        <translation>%1: データがヘッダーと一致しません (破損、または zip 爆弾)</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>%1 の書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 to import the bundle (%2 MiB needed, %3 MiB free).</source>
        <translation>%1 にバンドルをインポートするための空き容量が足りません (必要 %2 MiB、空き %3 MiB)。</translation>
    </message>
    <message>
        <source>The disk %1 of the bundle refers to a file outside the bundle (%2); it is refused for safety.</source>
        <translation>バンドルのディスク %1 はバンドル外のファイル (%2) を参照しているため、安全のため拒否しました。</translation>
    </message>
    <message>
        <source>The disk %1 named in vm.json is missing from the bundle.</source>
        <translation>vm.json に記載されたディスク %1 がバンドルにありません。</translation>
    </message>
    <message>
        <source>an external data file</source>
        <translation>外部データファイル</translation>
    </message>
    <message>
        <source>a damaged backing file name</source>
        <translation>壊れたバッキングファイル名</translation>
    </message>
    <message>
        <source>a VMDK descriptor that names other files</source>
        <translation>他のファイルを参照する VMDK 記述子</translation>
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
    <message>
        <source>Signing needs both a private key and its certificate.</source>
        <translation>署名には秘密鍵とその証明書の両方が必要です。</translation>
    </message>
    <message>
        <source>A zip bundle cannot be signed; export an OVA or OVF to sign it.</source>
        <translation>zip バンドルには署名できません。署名するには OVA または OVF でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot write the certificate file. Check that the disk is not full.</source>
        <translation>証明書ファイルを書き込めません。ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>%1 is suspended; an appliance would get its disks without its saved memory. Start it and shut it down, or discard its saved state, or export one of its snapshots.</source>
        <translation>%1 はサスペンド中です。アプライアンスには保存されたメモリが含まれず、ディスクだけが入ります。起動してシャットダウンするか、保存された状態を破棄するか、スナップショットのいずれかをエクスポートしてください。</translation>
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
    <message>
        <source>A VM called &quot;%1&quot; appeared in the library meanwhile. Import the bundle again.</source>
        <translation>その間にライブラリに「%1」という VM が追加されました。バンドルをもう一度インポートしてください。</translation>
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
    <message>
        <source>The appliance&apos;s signature does not match its manifest: it was changed after it was signed by %1, or the signature is forged. Get the appliance again, or import without verification.</source>
        <translation>アプライアンスの署名がマニフェストと一致しません: %1 による署名の後に変更されたか、署名が偽造されています。アプライアンスをもう一度入手するか、検証なしでインポートしてください。</translation>
    </message>
    <message>
        <source>The appliance has a certificate (.cert) but no manifest, so its signature cannot be checked.</source>
        <translation>アプライアンスに証明書 (.cert) はありますがマニフェストがないため、署名を確認できません。</translation>
    </message>
    <message>
        <source>The appliance&apos;s certificate (.cert) could not be read; the signature was not checked.</source>
        <translation>アプライアンスの証明書 (.cert) を読み込めなかったため、署名は確認していません。</translation>
    </message>
    <message>
        <source>The appliance has a certificate (.cert) but no manifest, so its signature cannot be checked. Get the appliance again, or import without verification.</source>
        <translation>アプライアンスに証明書 (.cert) はありますがマニフェストがないため、署名を確認できません。アプライアンスをもう一度入手するか、検証なしでインポートしてください。</translation>
    </message>
    <message>
        <source>The appliance has a manifest; every file is checked against it while importing.</source>
        <translation>アプライアンスにはマニフェストがあります。インポート中にすべてのファイルをこれと照合します。</translation>
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
        <translation>名前がパッケージの外を指しているため (&quot;..&quot;)、インポートフォルダーの外に書き込まれる可能性があります。</translation>
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
    <name>Appliances::PackageSignature</name>
    <message>
        <source>The appliance&apos;s certificate file (.cert) cannot be read: %1 The appliance is damaged; get it again, or import without verification.</source>
        <translation>アプライアンスの証明書ファイル (.cert) を読み込めません: %1 アプライアンスが壊れています。もう一度入手するか、検証なしでインポートしてください。</translation>
    </message>
    <message>
        <source>it holds no certificate.</source>
        <translation>証明書が含まれていません。</translation>
    </message>
    <message>
        <source>it has no SHA1, SHA256 or SHA512 signature line.</source>
        <translation>SHA1、SHA256、SHA512 のいずれの署名行もありません。</translation>
    </message>
    <message>
        <source>its certificate is damaged.</source>
        <translation>証明書が壊れています。</translation>
    </message>
    <message>
        <source>The signing key is not a PEM private key (or it is protected by a passphrase, which is not supported).</source>
        <translation>署名鍵が PEM 形式の秘密鍵ではありません (またはパスフレーズで保護されていますが、これには対応していません)。</translation>
    </message>
    <message>
        <source>The signing certificate is not a PEM certificate.</source>
        <translation>署名用の証明書が PEM 形式の証明書ではありません。</translation>
    </message>
    <message>
        <source>The signing key does not belong to the certificate.</source>
        <translation>署名鍵がこの証明書のものではありません。</translation>
    </message>
    <message>
        <source>Signing the manifest failed.</source>
        <translation>マニフェストへの署名に失敗しました。</translation>
    </message>
    <message>
        <source>The SIGNATURE IS INVALID: the manifest was not signed by the key of the certificate of %1, so the appliance was changed after signing or the signature is forged.</source>
        <translation>署名が無効です: マニフェストは %1 の証明書の鍵で署名されていません。署名後にアプライアンスが変更されたか、署名が偽造されています。</translation>
    </message>
    <message>
        <source>Signed by %1: the signature over the manifest is valid.</source>
        <translation>署名者 %1: マニフェストの署名は有効です。</translation>
    </message>
    <message>
        <source>The signing certificate expired on %1.</source>
        <translation>署名に使われた証明書は %1 に有効期限が切れています。</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>署名に使われた証明書はまだ有効期間になっていません。</translation>
    </message>
    <message>
        <source>The certificate is trusted by the system&apos;s certificate store.</source>
        <translation>この証明書はシステムの証明書ストアで信頼されています。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: anyone can make one, so it does not prove who made the appliance.</source>
        <translation>この証明書は自己署名です。誰でも作成できるため、アプライアンスの作成者の証明にはなりません。</translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system&apos;s certificate store (%1).</source>
        <translation>この証明書はシステムの証明書ストアで信頼されていません (%1)。</translation>
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
    <message>
        <source>Right Ctrl</source>
        <translation>右 Ctrl</translation>
    </message>
    <message>
        <source>Right Shift</source>
        <translation>右 Shift</translation>
    </message>
    <message>
        <source>Right Windows</source>
        <translation>右 Windows</translation>
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
    <message>
        <source>Its snapshots cannot be changed.</source>
        <translation>そのスナップショットは変更できません。</translation>
    </message>
</context>
<context>
    <name>Engine::SuspendJob</name>
    <message>
        <source>Suspending %1</source>
        <translation>%1 をサスペンドしています</translation>
    </message>
    <message>
        <source>%1 cannot be suspended: it is %2.</source>
        <translation>%1 はサスペンドできません: %2です。</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備しています</translation>
    </message>
    <message>
        <source>Stopping QEMU</source>
        <translation>QEMU を終了しています</translation>
    </message>
    <message>
        <source>%1 stopped while it was being suspended; its state was not saved.</source>
        <translation>%1 はサスペンド中に停止しました。状態は保存されていません。</translation>
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
    <message>
        <source>The screen could not be captured.</source>
        <translation>画面をキャプチャできませんでした。</translation>
    </message>
    <message>
        <source>The saved state could not be written in the VM&apos;s folder.</source>
        <translation>保存された状態を VM のフォルダーに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The VM&apos;s state could not be saved.</source>
        <translation>VM の状態を保存できませんでした。</translation>
    </message>
    <message>
        <source>Capturing the screen</source>
        <translation>画面をキャプチャしています</translation>
    </message>
    <message>
        <source>QEMU could not save the VM&apos;s state.</source>
        <translation>QEMU は VM の状態を保存できませんでした。</translation>
    </message>
    <message>
        <source>Saving memory</source>
        <translation>メモリーを保存しています</translation>
    </message>
    <message>
        <source>The saved state could not be written (is the disk full?). The VM keeps running.</source>
        <translation>保存された状態を書き込めませんでした (ディスクがいっぱいではありませんか?)。VM は実行を続けます。</translation>
    </message>
    <message>
        <source>Writing the saved state</source>
        <translation>保存された状態を書き込んでいます</translation>
    </message>
    <message>
        <source>QEMU could not save the VM&apos;s state. The VM keeps running.</source>
        <translation>QEMU は VM の状態を保存できませんでした。VM は実行を続けます。</translation>
    </message>
    <message>
        <source>Suspending was canceled; the VM keeps running.</source>
        <translation>サスペンドはキャンセルされました。VM は実行を続けます。</translation>
    </message>
    <message>
        <source>The saved state could not be written (is the disk full?).</source>
        <translation>保存された状態を書き込めませんでした (ディスクがいっぱいではありませんか?)。</translation>
    </message>
    <message>
        <source>QEMU wrote an empty saved state.</source>
        <translation>QEMU が空の状態を保存しました。</translation>
    </message>
    <message>
        <source>it was saved by QEMU %1 and this is QEMU %2.</source>
        <translation>QEMU %1 で保存されましたが、現在は QEMU %2 です。</translation>
    </message>
    <message>
        <source>QEMU refused to load it.</source>
        <translation>QEMU が読み込みを拒否しました。</translation>
    </message>
    <message>
        <source>QEMU could not load it.</source>
        <translation>QEMU が読み込めませんでした。</translation>
    </message>
    <message>
        <source>Only a running or paused VM can be suspended; it is %1.</source>
        <translation>サスペンドできるのは実行中または一時停止中の VM だけです。この VM は%1です。</translation>
    </message>
    <message>
        <source>The VM has no saved state; it is %1.</source>
        <translation>この VM には保存された状態がありません。%1です。</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>The saved state of %1 could not be restored: %2</source>
        <translation>%1 の保存された状態を復元できませんでした: %2</translation>
    </message>
    <message>
        <source>The saved state of %1 could not be restored: QEMU could not load it.</source>
        <translation>%1 の保存された状態を復元できませんでした: QEMU が読み込めませんでした。</translation>
    </message>
    <message>
        <source>The VM is not being suspended.</source>
        <translation>この VM はサスペンド中ではありません。</translation>
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
    <message>
        <source>%1 has USB devices plugged in (%2), which a saved state cannot keep. Unplug them first, then suspend.</source>
        <translation>%1 には USB デバイスが接続されています (%2 台)。保存状態には含められません。先に取り外してからサスペンドしてください。</translation>
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
        <translation>ボリュームラベルに使用できるのは英字 A-Z、数字、スペース、および ! # $ % &amp; &apos; ( ) - @ ^ _ ` { } ~ のみです。「%1」は使用できません。</translation>
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
    <name>Migration</name>
    <message>
        <source>This kind of VM host cannot move VMs to other hosts.</source>
        <translation>この種類の VM ホストは VM を他のホストへ移動できません。</translation>
    </message>
    <message>
        <source>The file %1 of the VM could not be read.</source>
        <translation>VM のファイル %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>A host name may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64), and starts with a letter or digit.</source>
        <translation>ホスト名には英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 64 文字まで使え、英字か数字で始めます。</translation>
    </message>
    <message>
        <source>Give the host as ssh://user@host or ssh://user@host:port.</source>
        <translation>ホストは ssh://user@host または ssh://user@host:port の形で指定してください。</translation>
    </message>
    <message>
        <source>The bandwidth cap is in MiB/s and cannot be negative.</source>
        <translation>帯域の上限は MiB/s 単位で、負の値にはできません。</translation>
    </message>
    <message>
        <source>The SSH key %1 cannot be read.</source>
        <translation>SSH 鍵 %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The host list %1 is damaged. Fix or delete it.</source>
        <translation>ホスト一覧 %1 が壊れています。修正するか削除してください。</translation>
    </message>
    <message>
        <source>The folder for the host list could not be created.</source>
        <translation>ホスト一覧のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>There is no host &quot;%1&quot;. Add it with &quot;emanonctl host add&quot;.</source>
        <translation>ホスト「%1」はありません。「emanonctl host add」で追加してください。</translation>
    </message>
    <message>
        <source>A host named &quot;%1&quot; is already in the list.</source>
        <translation>「%1」という名前のホストはすでに一覧にあります。</translation>
    </message>
    <message>
        <source>The VM to receive is not named correctly.</source>
        <translation>受け取る VM の名前が正しくありません。</translation>
    </message>
    <message>
        <source>This host already has a VM named &quot;%1&quot; (or with its id). Rename or delete it there first.</source>
        <translation>このホストにはすでに「%1」という名前（または同じ ID）の VM があります。先にそちらで名前を変えるか削除してください。</translation>
    </message>
    <message>
        <source>The VM library on this host is not writable.</source>
        <translation>このホストの VM ライブラリに書き込めません。</translation>
    </message>
    <message>
        <source>Nothing was received for this VM.</source>
        <translation>この VM について何も受信していません。</translation>
    </message>
    <message>
        <source>The copy on this host does not match the original (%1 files differ). Nothing was changed; move the VM again.</source>
        <translation>このホストのコピーが元と一致しません（%1 個のファイルが異なります）。何も変更していません。VM をもう一度移動してください。</translation>
    </message>
    <message>
        <source>The VM&apos;s folder could not be created in the library of this host.</source>
        <translation>このホストのライブラリに VM のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 runs on this host; it was not removed.</source>
        <translation>%1 はこのホストで動作中のため、削除しませんでした。</translation>
    </message>
    <message>
        <source>Moving %1 to %2 (live)</source>
        <translation>%1 を %2 へ移動中（ライブ）</translation>
    </message>
    <message>
        <source>Only a running VM can be moved live; %1 is %2. Use quick migration.</source>
        <translation>ライブで移動できるのは動作中の VM だけです。%1 は%2です。クイック移行を使ってください。</translation>
    </message>
    <message>
        <source>%1 has snapshots, which a live copy of its disks cannot carry. Use quick migration, which copies them.</source>
        <translation>%1 にはスナップショットがあり、ディスクのライブコピーでは運べません。スナップショットもコピーするクイック移行を使ってください。</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>%1 を準備中</translation>
    </message>
    <message>
        <source>ssh could not be started. Install the Debian package openssh-client.</source>
        <translation>ssh を起動できませんでした。Debian パッケージ openssh-client をインストールしてください。</translation>
    </message>
    <message>
        <source>The disk %1 is outside the VM&apos;s folder (%2) and cannot be copied. Put it on storage both hosts share and mark the host as shared.</source>
        <translation>ディスク %1 は VM のフォルダーの外（%2）にあるためコピーできません。両方のホストが共有するストレージに置き、ホストを共有ストレージとして設定してください。</translation>
    </message>
    <message>
        <source>QEMU does not know the disk %1 of the running VM.</source>
        <translation>動作中の VM のディスク %1 を QEMU が認識していません。</translation>
    </message>
    <message>
        <source>%1 could not take the VM: %2</source>
        <translation>%1 は VM を受け取れませんでした: %2</translation>
    </message>
    <message>
        <source>The target host %1 went away during the migration (its Emanon process ended).</source>
        <translation>移行中に移行先ホスト %1 との接続が失われました（向こうの Emanon プロセスが終了しました）。</translation>
    </message>
    <message>
        <source>The migration was canceled; %1 keeps running here.</source>
        <translation>移行をキャンセルしました。%1 はこのホストで動作を続けます。</translation>
    </message>
    <message>
        <source>Ending the VM here</source>
        <translation>このホストの VM を終了中</translation>
    </message>
    <message>
        <source>The target host did not confirm that it runs the VM. %1 is paused here; check the target before resuming it.</source>
        <translation>移行先ホストが VM の動作を確認してきませんでした。%1 はこのホストで一時停止しています。再開する前に移行先を確認してください。</translation>
    </message>
    <message>
        <source>The copy of the disk %1 to %2 could not start.</source>
        <translation>ディスク %1 の %2 へのコピーを開始できませんでした。</translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation>ディスクをコピー中</translation>
    </message>
    <message>
        <source>Copying the disks to %1 failed.</source>
        <translation>%1 へのディスクのコピーに失敗しました。</translation>
    </message>
    <message>
        <source>The TLS certificates in %1 could not be loaded.</source>
        <translation>%1 の TLS 証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The migration to %1 could not start.</source>
        <translation>%1 への移行を開始できませんでした。</translation>
    </message>
    <message>
        <source>Moving memory</source>
        <translation>メモリを移動中</translation>
    </message>
    <message>
        <source>The migration to %1 failed; %2 keeps running here.</source>
        <translation>%1 への移行に失敗しました。%2 はこのホストで動作を続けます。</translation>
    </message>
    <message>
        <source>Handing over to %1</source>
        <translation>%1 に引き渡し中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Total time: %1 s</source>
        <translation>合計時間: %1 秒</translation>
    </message>
    <message>
        <source>Downtime: %1 ms (QEMU); the guest was paused about %2 ms in all</source>
        <translation>ダウンタイム: %1 ミリ秒（QEMU）。ゲストの停止は全体で約 %2 ミリ秒</translation>
    </message>
    <message>
        <source>RAM transferred: %1 in %2 passes</source>
        <translation>転送した RAM: %1（%2 パス）</translation>
    </message>
    <message>
        <source>Disks: on shared storage, not copied</source>
        <translation>ディスク: 共有ストレージ上のためコピーなし</translation>
    </message>
    <message>
        <source>Disks copied: %1</source>
        <translation>コピーしたディスク: %1</translation>
    </message>
    <message>
        <source>Encryption: TLS</source>
        <translation>暗号化: TLS</translation>
    </message>
    <message>
        <source>Encryption: none (plain TCP)</source>
        <translation>暗号化: なし（平文の TCP）</translation>
    </message>
    <message>
        <source>The guest was suspended for the whole move.</source>
        <translation>移動の間、ゲストはサスペンドされていました。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピー量: %1</translation>
    </message>
    <message>
        <source>The migration request from the source host is malformed.</source>
        <translation>移行元ホストからの移行要求の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The disk %1 could not be created on this host.</source>
        <translation>このホストでディスク %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The VM process on the target host ended during the migration.</source>
        <translation>移行中に移行先ホストの VM プロセスが終了しました。</translation>
    </message>
    <message>
        <source>The target host could not receive the VM.</source>
        <translation>移行先ホストが VM を受け取れませんでした。</translation>
    </message>
    <message>
        <source>The source host ended the migration.</source>
        <translation>移行元ホストが移行を終了しました。</translation>
    </message>
    <message>
        <source>Moving %1 to %2 (quick)</source>
        <translation>%1 を %2 へ移動中（クイック）</translation>
    </message>
    <message>
        <source>%1 cannot be moved while it is %2.</source>
        <translation>%1 は%2の間は移動できません。</translation>
    </message>
    <message>
        <source>The move was canceled.</source>
        <translation>移動をキャンセルしました。</translation>
    </message>
    <message>
        <source>Suspending %1</source>
        <translation>%1 をサスペンド中</translation>
    </message>
    <message>
        <source>Copying to %1</source>
        <translation>%1 へコピー中</translation>
    </message>
    <message>
        <source>The move was canceled; the part already copied stays on %1 for the next attempt.</source>
        <translation>移動をキャンセルしました。コピー済みの部分は次回のために %1 に残ります。</translation>
    </message>
    <message>
        <source>rsync is missing on this host or on %1. Install the Debian package rsync on both.</source>
        <translation>このホストまたは %1 に rsync がありません。両方に Debian パッケージ rsync をインストールしてください。</translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed. The part already copied stays there; the next attempt resumes it.</source>
        <translation>%1 の %2 へのコピーに失敗しました。コピー済みの部分は向こうに残り、次回はその続きから再開します。</translation>
    </message>
    <message>
        <source>Verifying the copy</source>
        <translation>コピーを検証中</translation>
    </message>
    <message>
        <source>Resuming %1 on %2</source>
        <translation>%2 で %1 を再開中</translation>
    </message>
    <message>
        <source>%1 stays suspended here; start it to resume it.</source>
        <translation>%1 はこのホストでサスペンドされたままです。起動すると再開します。</translation>
    </message>
    <message>
        <source>Emanon could not reach %1 over SSH. Check that the host is up, that sshd runs there and that your key is accepted without a password.</source>
        <translation>Emanon は SSH で %1 に接続できませんでした。ホストが起動していること、そこで sshd が動いていること、鍵がパスワードなしで受け入れられることを確認してください。</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit code %2). Check that Emanon is installed there.</source>
        <translation>%1 でのコマンドが失敗しました（終了コード %2）。そこに Emanon がインストールされているか確認してください。</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 からの応答: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 は %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 answered something Emanon does not understand. Is the same Emanon version installed there?</source>
        <translation>%1 の応答を Emanon が理解できません。同じバージョンの Emanon がインストールされていますか？</translation>
    </message>
    <message>
        <source>%1 has USB devices plugged in, which cannot move with it. Unplug them first, then move it.</source>
        <translation>%1 には USB デバイスが接続されていて、一緒に移動できません。先に取り外してから移動してください。</translation>
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
    <name>SavedState</name>
    <message>
        <source>The saved state could not be read.</source>
        <translation>保存された状態を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The description of the saved state (saved.json) is damaged.</source>
        <translation>保存された状態の説明ファイル (saved.json) が壊れています。</translation>
    </message>
    <message>
        <source>Discard the saved state (&quot;emanonctl discard %1&quot; or Discard Saved State in the VM menu) to start %1 from a cold boot.</source>
        <translation>保存された状態を破棄すると (「emanonctl discard %1」または VM メニューの「保存された状態を破棄」)、%1 を最初から起動できます。</translation>
    </message>
    <message>
        <source>The saved state&apos;s data file is missing.</source>
        <translation>保存された状態のデータファイルがありません。</translation>
    </message>
    <message>
        <source>The saved state is incomplete: its data file has %1 bytes instead of %2 (it was truncated or overwritten).</source>
        <translation>保存された状態が不完全です: データファイルが %2 バイトではなく %1 バイトしかありません (切り詰められたか上書きされました)。</translation>
    </message>
    <message>
        <source>The saved state of %1 cannot be restored: %2</source>
        <translation>%1 の保存された状態を復元できません: %2</translation>
    </message>
    <message>
        <source>its data file is damaged (checksum mismatch).</source>
        <translation>データファイルが壊れています (チェックサムが一致しません)。</translation>
    </message>
    <message>
        <source>the VM&apos;s %1 changed since it was suspended.</source>
        <translation>サスペンド後に VM の%1が変更されました。</translation>
    </message>
    <message>
        <source>The saved state could not be stored in the VM&apos;s folder.</source>
        <translation>保存された状態を VM のフォルダーに格納できませんでした。</translation>
    </message>
    <message>
        <source>The saved state could not be discarded.</source>
        <translation>保存された状態を破棄できませんでした。</translation>
    </message>
    <message>
        <source>machine type or firmware</source>
        <translation>マシンタイプまたはファームウェア</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory size</source>
        <translation>メモリーサイズ</translation>
    </message>
    <message>
        <source>disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>%1 is suspended, and its saved state depends on its %2. Discard the saved state first, or start the VM and shut it down, then change the settings.</source>
        <translation>%1 はサスペンド中で、保存された状態はその%2に依存しています。先に保存された状態を破棄するか、VM を起動してシャットダウンしてから設定を変更してください。</translation>
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
    <message>
        <source>%1 is suspended; a snapshot now would hold its disks without its saved memory. Start the VM (it resumes) and take the snapshot while it runs, or discard the saved state first.</source>
        <translation>%1 はサスペンド中です。今スナップショットを作成すると、保存されたメモリを含まないディスクだけのものになります。VM を起動して (再開されます) 実行中にスナップショットを作成するか、先に保存された状態を破棄してください。</translation>
    </message>
    <message>
        <source>%1 is suspended, and its saved memory needs its disks as they are. Discard the saved state or start the VM first, then revert.</source>
        <translation>%1 はサスペンド中で、保存されたメモリは今のままのディスクを必要とします。先に保存された状態を破棄するか VM を起動してから、スナップショットに戻してください。</translation>
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
    <name>SpiceUsbRedirector</name>
    <message>
        <source>The USB device could not be redirected to the VM. If it is a permission problem, install Emanon&apos;s udev rule or spice-client-glib&apos;s ACL helper (docs/usb.md).</source>
        <translation>USB デバイスを VM にリダイレクトできませんでした。権限の問題であれば、Emanon の udev ルールか spice-client-glib の ACL ヘルパーをインストールしてください (docs/usb.md)。</translation>
    </message>
    <message>
        <source>The USB device could not be given back to this computer.</source>
        <translation>USB デバイスをこのコンピューターに戻せませんでした。</translation>
    </message>
    <message>
        <source>USB redirection is not available in this SPICE client.</source>
        <translation>この SPICE クライアントでは USB リダイレクトを使えません。</translation>
    </message>
    <message>
        <source>The VM&apos;s screen is not connected.</source>
        <translation>VM の画面が接続されていません。</translation>
    </message>
    <message>
        <source>The VM has no USB redirection slots. Set their number in the VM&apos;s settings (USB) and start it again.</source>
        <translation>この VM には USB リダイレクトのスロットがありません。VM の設定 (USB) で数を設定し、起動し直してください。</translation>
    </message>
    <message>
        <source>The SPICE client does not see this USB device.</source>
        <translation>SPICE クライアントからこの USB デバイスが見えません。</translation>
    </message>
    <message>
        <source>All USB redirection slots of the VM are in use. Disconnect a device first, or add slots in the VM&apos;s settings.</source>
        <translation>VM の USB リダイレクトのスロットはすべて使用中です。先にデバイスを 1 つ切断するか、VM の設定でスロットを増やしてください。</translation>
    </message>
    <message>
        <source>This USB device cannot be redirected.</source>
        <translation>この USB デバイスはリダイレクトできません。</translation>
    </message>
</context>
<context>
    <name>ThumbnailRefresher</name>
    <message>
        <source>The screen capture could not be read.</source>
        <translation>画面のキャプチャを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The thumbnail could not be saved.</source>
        <translation>サムネイルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>%1 is a hub; connect the devices plugged into it instead.</source>
        <translation>%1 はハブです。代わりにハブにつながっているデバイスを接続してください。</translation>
    </message>
    <message>
        <source>%1 is on the &quot;never connect&quot; list (%2), so it stays with this computer. Remove it from that list in Preferences (or with &quot;emanonctl usb never remove&quot;) to connect it.</source>
        <translation>%1 は「接続しない」リスト (%2) にあるため、このコンピューターに残ります。接続するには、環境設定で (または「emanonctl usb never remove」で) そのリストから外してください。</translation>
    </message>
</context>
<context>
    <name>UsbAttach</name>
    <message>
        <source>You may not use %1 (no write access to /dev/bus/usb/%2/%3). Install Emanon&apos;s udev rule (docs/usb.md) or ask your administrator.</source>
        <translation>%1 を使う権限がありません (/dev/bus/usb/%2/%3 に書き込めません)。Emanon の udev ルール (docs/usb.md) をインストールするか、管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 is not connected to the VM.</source>
        <translation>%1 は VM に接続されていません。</translation>
    </message>
</context>
<context>
    <name>UsbDevice</name>
    <message>
        <source>%1 device</source>
        <translation>%1 のデバイス</translation>
    </message>
    <message>
        <source>Unknown USB device</source>
        <translation>不明な USB デバイス</translation>
    </message>
    <message>
        <source>unknown speed</source>
        <translation>速度不明</translation>
    </message>
</context>
<context>
    <name>UsbDeviceSource</name>
    <message>
        <source>This computer has no USB (the kernel shows no USB buses), so there are no host devices to connect. USB sticks from image files, the tablet and the keyboard still work.</source>
        <translation>このコンピューターには USB がありません (カーネルに USB バスがありません)。そのため接続できるホストのデバイスはありません。イメージファイルからの USB メモリ、タブレット、キーボードは使えます。</translation>
    </message>
    <message>
        <source>The list of USB devices could not be read.</source>
        <translation>USB デバイスの一覧を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>UsbFilter</name>
    <message>
        <source>The USB rule is empty.</source>
        <translation>USB ルールが空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB rule. Use VENDOR:PRODUCT (046d:c52b, 046d:*), class:CC (08 = mass storage), bus:BUS-PORT (1-2.3) or serial:TEXT, joined with commas.</source>
        <translation>「%1」は USB ルールではありません。VENDOR:PRODUCT (046d:c52b、046d:*)、class:CC (08 = マスストレージ)、bus:BUS-PORT (1-2.3)、serial:TEXT をコンマでつないで使ってください。</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>すべてのデバイス</translation>
    </message>
</context>
<context>
    <name>UsbHotplug</name>
    <message>
        <source>Unknown kind of USB device &quot;%1&quot;.</source>
        <translation>不明な種類の USB デバイス「%1」です。</translation>
    </message>
    <message>
        <source>Name the host USB device by vendor:product (046d:c52b) or by bus and port (1-2.3).</source>
        <translation>ホストの USB デバイスは ベンダー:製品 (046d:c52b) か、バスとポート (1-2.3) で指定してください。</translation>
    </message>
    <message>
        <source>Give the image file with its full path.</source>
        <translation>イメージファイルはフルパスで指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB device. Use VENDOR:PRODUCT (046d:c52b), BUS-PORT (1-2.3), tablet, keyboard or storage:IMAGE.</source>
        <translation>「%1」は USB デバイスではありません。VENDOR:PRODUCT (046d:c52b)、BUS-PORT (1-2.3)、tablet、keyboard、storage:IMAGE のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>bus %1 port %2</source>
        <translation>バス %1 ポート %2</translation>
    </message>
    <message>
        <source>USB stick %1</source>
        <translation>USB メモリ %1</translation>
    </message>
    <message>
        <source>USB tablet</source>
        <translation>USB タブレット</translation>
    </message>
    <message>
        <source>USB keyboard</source>
        <translation>USB キーボード</translation>
    </message>
    <message>
        <source>%1 runs %2, which has no USB support: the guest could not use a USB device. Bring files in on a floppy or CD image, or over the network.</source>
        <translation>%1 のゲスト OS は %2 で、USB に対応していません。ゲストは USB デバイスを使えません。ファイルはフロッピーや CD のイメージ、またはネットワーク経由で渡してください。</translation>
    </message>
    <message>
        <source>%1 has no USB controller. Choose one in the VM&apos;s settings (Devices), then start the VM again.</source>
        <translation>%1 には USB コントローラーがありません。VM の設定 (デバイス) で選んでから、VM を起動し直してください。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>The image %1 does not exist or is not a file.</source>
        <translation>イメージ %1 が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <source>The image %1 is in use (another VM or program has it open). Close it there, or attach it read-only.</source>
        <translation>イメージ %1 は使用中です (別の VM かプログラムが開いています)。そちらで閉じるか、読み取り専用で接続してください。</translation>
    </message>
    <message>
        <source>The image %1 could not be opened as a USB stick.</source>
        <translation>イメージ %1 を USB メモリとして開けませんでした。</translation>
    </message>
    <message>
        <source>QEMU refused the host USB device %1. QEMU needs write access to it under /dev/bus/usb: install Emanon&apos;s udev rule (see docs/usb.md), and make sure no other program or VM holds it.</source>
        <translation>QEMU がホストの USB デバイス %1 を受け付けませんでした。QEMU には /dev/bus/usb 以下のそのデバイスへの書き込み権限が必要です。Emanon の udev ルールをインストールし (docs/usb.md を参照)、ほかのプログラムや VM が使っていないことを確かめてください。</translation>
    </message>
    <message>
        <source>QEMU could not add the %1.</source>
        <translation>QEMU は %1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>No USB device &quot;%1&quot; is attached. Attached: %2.</source>
        <translation>USB デバイス「%1」は接続されていません。接続中: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The USB device %1 could not be removed.</source>
        <translation>USB デバイス %1 を取り外せませんでした。</translation>
    </message>
    <message>
        <source>The guest did not release the USB device %1 in time.</source>
        <translation>ゲストが USB デバイス %1 を時間内に解放しませんでした。</translation>
    </message>
    <message>
        <source>The USB stick was removed, but its image is still open in QEMU until the VM stops.</source>
        <translation>USB メモリは取り外されましたが、そのイメージは VM が停止するまで QEMU で開かれたままです。</translation>
    </message>
</context>
<context>
    <name>UsbPreferences</name>
    <message>
        <source>The USB settings file %1 is damaged; fix or delete it.</source>
        <translation>USB 設定ファイル %1 が壊れています。修正するか削除してください。</translation>
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
    <message>
        <source>This kind of VM host cannot capture the screen.</source>
        <translation>この種類の VM ホストでは画面をキャプチャできません。</translation>
    </message>
    <message>
        <source>The screen of %1 could not be captured.</source>
        <translation>%1 の画面をキャプチャできませんでした。</translation>
    </message>
    <message>
        <source>This kind of host cannot plug USB devices into VMs yet.</source>
        <translation>この種類のホストでは、まだ VM に USB デバイスを接続できません。</translation>
    </message>
    <message>
        <source>%1 is not running; it is %2. Start it to plug USB devices in.</source>
        <translation>%1 は実行されていません (%2)。USB デバイスを接続するには起動してください。</translation>
    </message>
    <message>
        <source>This kind of VM host cannot suspend VMs.</source>
        <translation>この種類の VM ホストでは VM をサスペンドできません。</translation>
    </message>
    <message>
        <source>Suspending %1</source>
        <translation>%1 をサスペンドしています</translation>
    </message>
    <message>
        <source>%1 has no saved state to discard; it is %2.</source>
        <translation>%1 には破棄する保存された状態がありません。%2です。</translation>
    </message>
    <message>
        <source>%1 is starting; its saved state is in use.</source>
        <translation>%1 は起動中で、保存された状態は使用中です。</translation>
    </message>
    <message>
        <source>%1 is suspended, not running. Start it to resume it; to turn it off for good, discard its saved state.</source>
        <translation>%1 はサスペンド中で、実行されていません。起動すると再開します。完全に電源を切るには、保存された状態を破棄してください。</translation>
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
    <message>
        <source>The resolution must be WIDTHxHEIGHT, such as 1024x768, between 320x200 and 8192x8192.</source>
        <translation>解像度は 1024x768 のように 幅x高さ で、320x200 から 8192x8192 の間で指定してください。</translation>
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
    <message>
        <source>It cannot be started.</source>
        <translation>起動できません。</translation>
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
    <message>
        <source>&quot;%1&quot; is the template of the linked clones %2: they read its disks, so it must not change. %3 Start or change a clone instead, or make a full clone of it.</source>
        <translation>「%1」はリンククローン %2 のテンプレートです。クローンがそのディスクを読み込むため、変更してはいけません。%3 代わりにクローンを起動・変更するか、完全なクローンを作成してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is suspended; a clone would get its disks without its saved memory. Start it and shut it down, or discard its saved state, then clone it.</source>
        <translation>「%1」はサスペンド中です。クローンには保存されたメモリが含まれず、ディスクだけがコピーされます。起動してシャットダウンするか、保存された状態を破棄してから、クローンを作成してください。</translation>
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
    <name>VmRegistry</name>
    <message>
        <source>The list of your VMs (%1) is damaged. Fix or delete the file; the VMs themselves are not touched.</source>
        <translation>VM の一覧 (%1) が壊れています。ファイルを修復するか削除してください。VM 自体には影響しません。</translation>
    </message>
    <message>
        <source>The list of your VMs (%1) was written by a newer Emanon.</source>
        <translation>VM の一覧 (%1) は新しいバージョンの Emanon で書かれています。</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>%1 is not an Emanon VM: pick a folder whose name ends in .emanon and that holds a vm.json.</source>
        <translation>%1 は Emanon の VM ではありません。名前が .emanon で終わり、vm.json を含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; is gone (moved, or on a drive that is not connected). Put it back, or remove the VM from the list.</source>
        <translation>「%1」のフォルダーが見つかりません(移動されたか、接続されていないドライブにあります)。元に戻すか、VM を一覧から削除してください。</translation>
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
        <translation>カーネル:     %1 %2 &quot;%3&quot;</translation>
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
    <message>
        <source>export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] [--snapshot SNAP] [--sign KEY --cert CERT]</source>
        <translation>export VM ファイル [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] [--snapshot スナップショット] [--sign 鍵 --cert 証明書]</translation>
    </message>
    <message>
        <source>%1 is paused, as it was when it was suspended; &quot;emanonctl resume %1&quot; runs it.</source>
        <translation>%1 はサスペンドしたときと同じく一時停止中です。「emanonctl resume %1」で実行を再開します。</translation>
    </message>
    <message>
        <source>host add NAME ssh://user@host[:port] [options]</source>
        <translation>host add 名前 ssh://user@host[:port] [オプション]</translation>
    </message>
    <message>
        <source>--remote-env takes NAME=VALUE.</source>
        <translation>--remote-env には 名前=値 を指定します。</translation>
    </message>
    <message>
        <source>--bandwidth takes MiB/s.</source>
        <translation>--bandwidth には MiB/s を指定します。</translation>
    </message>
    <message>
        <source>Host %1 added (%2).</source>
        <translation>ホスト %1 を追加しました（%2）。</translation>
    </message>
    <message>
        <source>%1 answers: Emanon %2, library %3</source>
        <translation>%1 の応答: Emanon %2、ライブラリ %3</translation>
    </message>
    <message>
        <source>host %1 NAME</source>
        <translation>host %1 名前</translation>
    </message>
    <message>
        <source>Unknown host command &quot;%1&quot;.</source>
        <translation>不明な host コマンド「%1」です。</translation>
    </message>
    <message>
        <source>migrate VM HOST [--live|--quick]</source>
        <translation>migrate VM ホスト [--live|--quick]</translation>
    </message>
    <message>
        <source>Choose --live or --quick, not both.</source>
        <translation>--live と --quick のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation>%1 は %2 で動作しています。</translation>
    </message>
    <message>
        <source>%1 is saved; &quot;emanonctl start %1&quot; resumes it where it was.</source>
        <translation>%1 を保存しました。「emanonctl start %1」で中断したところから再開します。</translation>
    </message>
    <message>
        <source>Name a VM or give --all, not both.</source>
        <translation>VM 名か --all のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>No VM is running.</source>
        <translation>実行中の VM はありません。</translation>
    </message>
    <message>
        <source>The saved state of %1 was discarded; its next start boots from scratch.</source>
        <translation>%1 の保存された状態を破棄しました。次回は最初から起動します。</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(手動)</translation>
    </message>
    <message>
        <source>Host USB devices:</source>
        <translation>ホストの USB デバイス:</translation>
    </message>
    <message>
        <source>none plugged in</source>
        <translation>何も接続されていません</translation>
    </message>
    <message>
        <source>(no permission)</source>
        <translation>(権限なし)</translation>
    </message>
    <message>
        <source>Plugged into %1:</source>
        <translation>%1 に接続中:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>ルール:</translation>
    </message>
    <message>
        <source>usb attach needs the VM and the device (VENDOR:PRODUCT, BUS-PORT, tablet, keyboard or storage:IMAGE).</source>
        <translation>usb attach には VM とデバイス (VENDOR:PRODUCT、BUS-PORT、tablet、keyboard、storage:IMAGE) が必要です。</translation>
    </message>
    <message>
        <source>usb detach needs the VM and the device id (see usb list VM).</source>
        <translation>usb detach には VM とデバイス ID (usb list VM を参照) が必要です。</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%2 から %1 を取り外しました。</translation>
    </message>
    <message>
        <source>Plugged %1 into %2 as %3.</source>
        <translation>%1 を %3 として %2 に接続しました。</translation>
    </message>
    <message>
        <source>No rules.</source>
        <translation>ルールはありません。</translation>
    </message>
    <message>
        <source>After the rule: redirect, passthrough or manual.</source>
        <translation>ルールの後には redirect、passthrough、manual のいずれかを指定します。</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>ルール %1 はありません。</translation>
    </message>
    <message>
        <source>Rules: list, add RULE [redirect|passthrough|manual] [--name N], remove N.</source>
        <translation>ルール: list、add RULE [redirect|passthrough|manual] [--name N]、remove N。</translation>
    </message>
    <message>
        <source>usb rules needs the VM.</source>
        <translation>usb rules には VM が必要です。</translation>
    </message>
    <message>
        <source>usb takes list, attach, detach, rules or never.</source>
        <translation>usb には list、attach、detach、rules、never のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Suspended %1 (%2 MiB of state); start resumes it, discard drops it.</source>
        <translation>%1 にサスペンド (状態 %2 MiB)。start で再開、discard で破棄します。</translation>
    </message>
    <message>
        <source>export: sign the manifest with this PEM private key.</source>
        <translation>export: この PEM 秘密鍵でマニフェストに署名します。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>export: the PEM certificate of the --sign key, put in the .cert.</source>
        <translation>export: --sign の鍵の PEM 証明書 (.cert に入れます)。</translation>
    </message>
    <message>
        <source>cert</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>suspend: every running VM of the library.</source>
        <translation>suspend: ライブラリーの実行中の VM すべて。</translation>
    </message>
    <message>
        <source>host add: the SSH private key to use.</source>
        <translation>host add: 使用する SSH 秘密鍵。</translation>
    </message>
    <message>
        <source>host add: the address the migration stream goes to.</source>
        <translation>host add: 移行ストリームの送り先アドレス。</translation>
    </message>
    <message>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>host add: folder with the TLS certificates for migration.</source>
        <translation>host add: 移行用の TLS 証明書のフォルダー。</translation>
    </message>
    <message>
        <source>host add: both hosts see the VMs&apos; disks at the same path.</source>
        <translation>host add: 両方のホストが VM のディスクを同じパスで参照できる。</translation>
    </message>
    <message>
        <source>host add: path of emanonctl on that host.</source>
        <translation>host add: そのホストでの emanonctl のパス。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>host add: environment for emanonctl there (repeatable).</source>
        <translation>host add: そのホストの emanonctl の環境変数（複数指定可）。</translation>
    </message>
    <message>
        <source>K=V</source>
        <translation>名前=値</translation>
    </message>
    <message>
        <source>host add: an extra ssh -o option (repeatable).</source>
        <translation>host add: 追加の ssh -o オプション（複数指定可）。</translation>
    </message>
    <message>
        <source>opt</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>host add: replace a host of the same name.</source>
        <translation>host add: 同じ名前のホストを置き換える。</translation>
    </message>
    <message>
        <source>host add: cap for the migration stream.</source>
        <translation>host add: 移行ストリームの帯域の上限。</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>migrate: move the running VM live.</source>
        <translation>migrate: 動作中の VM をライブで移動する。</translation>
    </message>
    <message>
        <source>migrate: suspend, copy and resume on the other host.</source>
        <translation>migrate: サスペンドし、コピーして、移行先で再開する。</translation>
    </message>
    <message>
        <source>accelerator verdict and QEMU version</source>
        <translation>アクセラレータの判定と QEMU のバージョン</translation>
    </message>
    <message>
        <source>another Emanon host, reached over SSH</source>
        <translation>SSH で接続する別の Emanon ホスト</translation>
    </message>
    <message>
        <source>the other Emanon hosts</source>
        <translation>ほかの Emanon ホスト</translation>
    </message>
    <message>
        <source>the VMs in the library</source>
        <translation>ライブラリ内の VM</translation>
    </message>
    <message>
        <source>a new VM from a guest profile</source>
        <translation>ゲストプロファイルから新しい VM を作成</translation>
    </message>
    <message>
        <source>the definition (or QEMU&apos;s arguments)</source>
        <translation>定義 (または QEMU の引数)</translation>
    </message>
    <message>
        <source>start (or resume a suspended VM)</source>
        <translation>起動 (サスペンドした VM は再開)</translation>
    </message>
    <message>
        <source>shut down (ACPI), or cut the power</source>
        <translation>シャットダウン (ACPI)、または電源を切る</translation>
    </message>
    <message>
        <source>save the state and quit; start resumes it</source>
        <translation>状態を保存して終了。start で再開</translation>
    </message>
    <message>
        <source>drop a suspended VM&apos;s saved state (cold boot)</source>
        <translation>サスペンドした VM の保存状態を破棄 (次回はコールドブート)</translation>
    </message>
    <message>
        <source>to another host: live, or quick (suspend, copy, resume)</source>
        <translation>別のホストへ移動: ライブ、またはクイック (サスペンド、コピー、再開)</translation>
    </message>
    <message>
        <source>run state, QEMU pid, accelerator</source>
        <translation>実行状態、QEMU の PID、アクセラレータ</translation>
    </message>
    <message>
        <source>attach to the serial console (Ctrl+] detaches)</source>
        <translation>シリアルコンソールに接続 (Ctrl+] で切断)</translation>
    </message>
    <message>
        <source>move the VM to the library&apos;s trash</source>
        <translation>VM をライブラリのごみ箱へ移動</translation>
    </message>
    <message>
        <source>full copy, or a linked clone</source>
        <translation>完全コピー、またはリンククローン</translation>
    </message>
    <message>
        <source>disk images</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <source>change a CD or floppy</source>
        <translation>CD またはフロッピーを交換</translation>
    </message>
    <message>
        <source>a blank FAT12 floppy</source>
        <translation>空の FAT12 フロッピー</translation>
    </message>
    <message>
        <source>the snapshot tree, one snapshot</source>
        <translation>スナップショットツリー、個々のスナップショット</translation>
    </message>
    <message>
        <source>live when it runs, else disks only</source>
        <translation>実行中はライブ、それ以外はディスクのみ</translation>
    </message>
    <message>
        <source>children move up, or the whole branch</source>
        <translation>子は上へ移動、またはブランチ全体</translation>
    </message>
    <message>
        <source>host USB devices (and what VM has plugged in)</source>
        <translation>ホストの USB デバイス (と VM に接続中のもの)</translation>
    </message>
    <message>
        <source>unplug what usb attach plugged in</source>
        <translation>usb attach で接続したものを取り外す</translation>
    </message>
    <message>
        <source>devices never given to a VM</source>
        <translation>VM に渡さないデバイス</translation>
    </message>
    <message>
        <source>an OVA, OVF or zip bundle becomes a VM; --dry-run: the report</source>
        <translation>OVA、OVF、zip バンドルから VM を作成。--dry-run: レポートのみ</translation>
    </message>
    <message>
        <source>an OVA (default), OVF folder or zip bundle</source>
        <translation>OVA (既定)、OVF フォルダー、または zip バンドル</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM&apos;s state,
5 QEMU failed or crashed, 6 timed out, 130 canceled.</source>
        <translation>終了コード: 0 成功、1 失敗、2 使い方の誤り、3 見つからない、4 VM の状態により拒否、
5 QEMU の失敗またはクラッシュ、6 タイムアウト、130 キャンセル。</translation>
    </message>
    <message>
        <source>%1 is a disk of %2, which is suspended; its saved memory needs the disk as it is. Discard the saved state or start the VM and shut it down first.</source>
        <translation>%1 はサスペンド中の %2 のディスクです。保存されたメモリはこのディスクが今のままであることを必要とします。先に保存された状態を破棄するか、VM を起動してシャットダウンしてください。</translation>
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
    <message>
        <source>The list of your VMs cannot be read</source>
        <translation>VM の一覧を読み込めません</translation>
    </message>
    <message>
        <source>The key chord that releases the pointer: ctrl+alt, ctrl+alt+shift, rctrl, ctrl+win. Default: the one set in Emanon&apos;s preferences, else ctrl+alt.</source>
        <translation>ポインターを解放するキーの組み合わせ: ctrl+alt、ctrl+alt+shift、rctrl、ctrl+win。既定値は Emanon の環境設定で選んだもの、なければ ctrl+alt です。</translation>
    </message>
    <message>
        <source>Unknown release hotkey &quot;%1&quot;: use modifier names joined by +, such as ctrl+alt or rctrl.</source>
        <translation>不明な解放ホットキー「%1」: ctrl+alt や rctrl のように、修飾キーの名前を + でつないで指定してください。</translation>
    </message>
</context>
</TS>
