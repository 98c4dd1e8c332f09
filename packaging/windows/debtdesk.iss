; Inno Setup 6 script: DebtDesk for Windows, from the PyInstaller onedir bundle.
; NOT TRIED: written without a Windows machine (see packaging/README.md).
;
; Build (on Windows, from the repository root, after packaging\windows\build.ps1 made dist\debtdesk):
;   iscc /DAppVersion=0.1.0 packaging\windows\debtdesk.iss
; Output: dist\DebtDesk-0.1.0-setup.exe
;
; Installs per user by default (no administrator needed; the dialog offers all users),
; adds a Start menu entry, and makes .debtdesk files open in DebtDesk on double-click.
; Uninstalling removes the program and the file association; the user's DebtDesk files
; (%APPDATA%\DebtDesk\DebtDesk and wherever .debtdesk files were saved) are left alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{D475562A-4366-4288-BEF0-A89B8C57B927}
AppName=DebtDesk
AppVersion={#AppVersion}
AppPublisher=The DebtDesk developers
DefaultDirName={autopf}\DebtDesk
DefaultGroupName=DebtDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=DebtDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\debtdesk.ico
UninstallDisplayIcon={app}\debtdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Chinese messages file of its own; with the unofficial ChineseSimplified.isl /
; ChineseTraditional.isl from its translations page copied beside this script, add:
; Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
; Name: "zh_TW"; MessagesFile: "ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\debtdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\DebtDesk"; Filename: "{app}\debtdesk.exe"; AppUserModelID: "io.github.debtdesk.DebtDesk"
Name: "{autodesktop}\DebtDesk"; Filename: "{app}\debtdesk.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.debtdesk"; ValueType: string; ValueName: ""; ValueData: "DebtDesk.File"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.debtdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-debtdesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.debtdesk\OpenWithProgids"; ValueType: string; ValueName: "DebtDesk.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DebtDesk.File"; ValueType: string; ValueName: ""; ValueData: "DebtDesk file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DebtDesk.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\debtdesk.exe,0"
; `debtdesk FILE` opens that file in the window (the same form the Linux desktop entry uses).
Root: HKA; Subkey: "Software\Classes\DebtDesk.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\debtdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\debtdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".debtdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\debtdesk.exe"; Description: "{cm:LaunchProgram,DebtDesk}"; Flags: nowait postinstall skipifsilent
